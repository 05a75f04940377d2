using System.Collections.Frozen;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace Compliance.Rules.Tests.Architecture;

/// <summary>The metadata tokens of the types, methods and fields a method body's IL names.</summary>
/// <remarks>
/// The operand size of every instruction comes from the runtime's own table of opcodes
/// (<see cref="System.Reflection.Emit.OpCodes"/>), so that the walk stays in step with each instruction.
/// </remarks>
internal static class ILTokens
{
    private static readonly FrozenDictionary<ushort, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToFrozenDictionary(op => unchecked((ushort)op.Value), op => op.OperandType);

    /// <summary>Reads the tokens of a body's type, method and field operands.</summary>
    /// <param name="il">The body's IL.</param>
    /// <returns>The tokens, in the order the instructions name them.</returns>
    public static List<int> Of(BlobReader il)
    {
        var tokens = new List<int>();
        while (il.RemainingBytes > 0)
        {
            ushort code = il.ReadByte();
            if (code == 0xFE)
            {
                code = (ushort)(0xFE00 | il.ReadByte());
            }

            switch (Operands[code])
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    tokens.Add(il.ReadInt32());
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineNone:
                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }

        return tokens;
    }
}
