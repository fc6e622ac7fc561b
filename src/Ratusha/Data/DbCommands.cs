using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ratusha.Data;

/// <summary>Plain SQL inside the context's current transaction, for the few statements EF cannot express (UPDATE … RETURNING).</summary>
internal static class DbCommands
{
    public static DbCommand InTransaction(this RatushaDb db, string sql, params (string Name, object Value)[] parameters)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("This statement must run inside the transaction of the change it belongs to.");
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
        return command;
    }
}
