using Ratusha.Data;

namespace Ratusha.Features.Organisation;

/// <summary>Структурний підрозділ: a department of the executive committee.</summary>
public sealed class Department : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Name { get; private set; } = "";
    public string ShortName { get; private set; } = "";
    /// <summary>Index of the department in the nomenclature and in outgoing numbers, e.g. "02".</summary>
    public string Code { get; private set; } = "";
    public Guid? ParentId { get; private set; }
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; } = true;
    public int Version { get; private set; }

    public static Department Create(DepartmentDetails details)
    {
        var department = new Department();
        department.Update(details);
        return department;
    }

    public void Update(DepartmentDetails details)
    {
        Name = details.Name.Trim();
        ShortName = details.ShortName.Trim();
        Code = details.Code.Trim();
        ParentId = details.ParentId;
        SortOrder = details.SortOrder;
        IsActive = details.IsActive;
    }
}

public sealed record DepartmentDetails(string Name, string ShortName, string Code, Guid? ParentId, int SortOrder, bool IsActive = true);
