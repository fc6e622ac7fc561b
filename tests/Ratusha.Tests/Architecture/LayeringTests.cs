using System.Reflection;
using Ratusha.Calendar;

namespace Ratusha.Tests.Architecture;

/// <summary>The shape of the house (ENGINEERING.md): the deadline engine stays pure, the host composes.</summary>
public sealed class LayeringTests
{
    [Fact]
    public void The_deadline_engine_depends_on_nothing_but_the_runtime()
    {
        var references = typeof(WorkingCalendar).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var foreign = references.Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib").ToList();
        Assert.True(foreign.Count == 0, "Ratusha.Calendar must stay pure C# (no EF, no ASP.NET, no I/O); it references: " + string.Join(", ", foreign));
    }

    [Fact]
    public void Every_editable_entity_carries_a_version()
    {
        var host = typeof(Program).Assembly;
        var entities = host.GetTypes().Where(t => t.Namespace?.StartsWith("Ratusha.Features", StringComparison.Ordinal) == true
            && t.IsClass && t.IsSealed && t.GetProperty("Id") is not null && t.GetMethod("Update", BindingFlags.Public | BindingFlags.Instance) is not null).ToList();
        Assert.NotEmpty(entities);
        Assert.All(entities, e => Assert.True(typeof(Ratusha.Data.IVersioned).IsAssignableFrom(e), $"{e.Name} is editable but has no version"));
    }
}
