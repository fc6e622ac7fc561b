namespace Ratusha.Data;

/// <summary>An editable aggregate: its version is checked on every update, so a lost update becomes a 409.</summary>
public interface IVersioned
{
    int Version { get; }
}
