using Compliance.Rules.Authoring.Model;

namespace Compliance.Rules.Compilation;

/// <summary>Numbers the distinct time windows of a rule set, so that conditions read their starts by slot.</summary>
internal sealed class WindowSlots
{
    private readonly Dictionary<Window, int> _slots = [];
    private readonly List<Window> _windows = [];

    /// <summary>Gets the windows by slot.</summary>
    public IReadOnlyList<Window> Windows => _windows;

    /// <summary>Gets the slot of a window, assigning the next one when it is new.</summary>
    /// <param name="window">The window.</param>
    /// <returns>The slot.</returns>
    public int SlotOf(Window window)
    {
        if (!_slots.TryGetValue(window, out var slot))
        {
            slot = _windows.Count;
            _slots.Add(window, slot);
            _windows.Add(window);
        }

        return slot;
    }
}
