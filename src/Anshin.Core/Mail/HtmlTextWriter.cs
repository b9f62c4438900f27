using System.Text;

namespace Anshin.Core.Mail;

/// <summary>
/// The output side of <see cref="HtmlToText"/>: collapses whitespace as a browser would, turns block
/// boundaries into line breaks lazily (so that empty blocks leave no blank lines), and tidies the result.
/// </summary>
internal sealed class HtmlTextWriter
{
    private const int MaxBlankLines = 1;

    private readonly StringBuilder text = new();
    private int pendingBreaks;
    private bool pendingSpace;

    public int Length => text.Length;

    /// <summary>Whether whitespace is kept as written (inside <c>pre</c>).</summary>
    public bool Preformatted { get; set; }

    /// <summary>Asks for at least <paramref name="count"/> line breaks before the next text (1: new line, 2: blank line).</summary>
    public void Block(int count)
    {
        pendingBreaks = Math.Max(pendingBreaks, count);
        pendingSpace = false;
    }

    /// <summary>A <c>br</c>: one more line break, however many are already pending.</summary>
    public void LineBreak()
    {
        pendingBreaks++;
        pendingSpace = false;
    }

    /// <summary>Whitespace between words, written as one space unless a line break comes first.</summary>
    public void Space()
    {
        if (text.Length > 0 && pendingBreaks == 0 && text[^1] != '\n')
        {
            pendingSpace = true;
        }
    }

    public void Write(char c)
    {
        if (Preformatted)
        {
            FlushPending();
            text.Append(c == '\r' ? '\n' : c);
            return;
        }

        if (c is ' ' or '\t' or '\n' or '\r' or '\f')
        {
            Space();
            return;
        }

        FlushPending();

        // A non-breaking space is kept (mail indents with them) but written as an ordinary one.
        text.Append(c == '\u00A0' ? ' ' : c);
    }

    public void Write(string value)
    {
        foreach (var c in value)
        {
            Write(c);
        }
    }

    /// <summary>Text written as is, after any pending break, such as a list marker.</summary>
    public void WriteRaw(string value)
    {
        FlushPending();
        text.Append(value);
    }

    /// <summary>The text written since <paramref name="start"/>, trimmed.</summary>
    public string Since(int start) => start >= text.Length ? string.Empty : text.ToString(start, text.Length - start).Trim();

    public override string ToString()
    {
        var result = new StringBuilder(text.Length);
        var blankLines = 0;
        foreach (var line in text.ToString().Split('\n'))
        {
            var trimmed = line.TrimEnd(' ', '\t');
            if (trimmed.Trim().Length == 0)
            {
                if (result.Length > 0 && ++blankLines <= MaxBlankLines)
                {
                    result.Append('\n');
                }

                continue;
            }

            blankLines = 0;
            result.Append(trimmed).Append('\n');
        }

        return result.ToString().Trim('\n');
    }

    private void FlushPending()
    {
        if (text.Length > 0)
        {
            text.Append('\n', pendingBreaks);
            if (pendingSpace && pendingBreaks == 0)
            {
                text.Append(' ');
            }
        }

        pendingBreaks = 0;
        pendingSpace = false;
    }
}
