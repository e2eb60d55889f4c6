using System.Globalization;
using System.Text;

namespace Aggregator.Core.Formats.Bibtex;

/// <summary>
/// The BibTeX grammar: <c>@type{key, name = value, ...}</c> (or with parentheses), values in braces, quotes,
/// numbers or @string macros joined by '#'. Text between entries is ignored, as BibTeX does, which also
/// covers Jekyll front matter and '%' comments. An entry with a syntax error is recorded and skipped; reading
/// resumes at the next line that starts with '@'. One instance reads one text.
/// </summary>
internal sealed class BibReader
{
    private readonly string _s;
    private readonly int[] _lineStarts;
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<BibEntry> _entries = [];
    private readonly List<BibSyntaxError> _errors = [];
    private int _pos;

    private BibReader(string text)
    {
        _s = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        _lineStarts = [.. starts];
        // BibTeX's predefined month macros: jan = "January" … dec = "December".
        foreach (var month in CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0))
            _macros[month[..3]] = month;
    }

    public static BibFile Read(string text)
    {
        var reader = new BibReader(text);
        reader.SkipFrontMatter();
        reader.ReadAll();
        return new BibFile(reader._entries, reader._errors);
    }

    /// <summary>True when <paramref name="text"/> has an '@type{' or '@type(' at <paramref name="at"/>.</summary>
    public static bool IsEntryStart(string text, int at)
    {
        if (at >= text.Length || text[at] != '@') return false;
        var i = at + 1;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        var nameStart = i;
        while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
        if (i == nameStart) return false;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i < text.Length && text[i] is '{' or '(';
    }

    private void SkipFrontMatter()
    {
        // Jekyll sites keep .bib files under a "---\n---" header so the site generator processes them.
        var start = _s.StartsWith('\uFEFF') ? 1 : 0;
        if (string.CompareOrdinal(_s, start, "---", 0, 3) != 0) return;
        var firstEnd = _s.IndexOf('\n');
        if (firstEnd < 0 || _s[start..firstEnd].Trim() != "---") return;
        var i = firstEnd + 1;
        while (i < _s.Length)
        {
            var end = _s.IndexOf('\n', i);
            var line = end < 0 ? _s[i..] : _s[i..end];
            if (line.Trim() is "---" or "...") { _pos = end < 0 ? _s.Length : end + 1; return; }
            if (end < 0) return;
            i = end + 1;
        }
    }

    private void ReadAll()
    {
        while (true)
        {
            var at = NextEntryStart(_pos, lineStartOnly: false);
            if (at < 0) return;
            _pos = at;
            var line = LineOf(at);
            string? key = null;
            try
            {
                ReadBlock(ref key);
            }
            catch (BibSyntax e)
            {
                _errors.Add(new BibSyntaxError(e.Message, e.Line ?? line, key));
                var next = NextEntryStart(Math.Max(_pos, at + 1), lineStartOnly: true);
                _pos = next < 0 ? _s.Length : next;
            }
        }
    }

    private int NextEntryStart(int from, bool lineStartOnly)
    {
        for (var i = _s.IndexOf('@', from); i >= 0; i = _s.IndexOf('@', i + 1))
        {
            if (lineStartOnly && !AtLineStart(i)) continue;
            if (IsEntryStart(_s, i) && !CommentedOut(i)) return i;
        }
        return -1;
    }

    /// <summary>"% @article{old, ..." is an entry its author switched off, whatever BibTeX itself would do.</summary>
    private bool CommentedOut(int at)
    {
        for (var j = at - 1; j >= 0 && _s[j] != '\n'; j--)
            if (_s[j] == '%') return true;
        return false;
    }

    private bool AtLineStart(int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (_s[j] == '\n') return true;
            if (_s[j] is not (' ' or '\t' or '\r')) return false;
        }
        return true;
    }

    private void ReadBlock(ref string? key)
    {
        _pos++; // '@'
        SkipSpaces();
        var type = ReadWhile(char.IsAsciiLetter).ToLowerInvariant();
        SkipSpaces();
        var open = _s[_pos++];
        var close = open == '{' ? '}' : ')';
        switch (type)
        {
            case "comment":
                SkipComment(open, close);
                return;
            case "preamble":
                SkipBlank();
                ReadValue();
                Expect(close, "the end of @preamble");
                return;
            case "string":
                ReadStringMacro(close);
                return;
            default:
                ReadEntry(type, close, ref key);
                return;
        }
    }

    private void SkipComment(char open, char close)
    {
        // "@comment{...}" as BibDesk and JabRef write it; a bare "@comment" line ends at the line's end.
        var depth = 1;
        for (var i = _pos; i < _s.Length; i++)
        {
            if (_s[i] == open) depth++;
            else if (_s[i] == close && --depth == 0) { _pos = i + 1; return; }
        }
        var eol = _s.IndexOf('\n', _pos);
        _pos = eol < 0 ? _s.Length : eol + 1;
    }

    private void ReadStringMacro(char close)
    {
        SkipBlank();
        var name = ReadName();
        if (name.Length == 0) throw Error("expected a macro name after @string");
        SkipBlank();
        Expect('=', $"'=' after @string name '{name}'");
        SkipBlank();
        var value = ReadValue();
        SkipBlank();
        if (Peek() == ',') { _pos++; SkipBlank(); }
        Expect(close, $"the end of @string '{name}'");
        _macros[name] = value;
    }

    private void ReadEntry(string type, char close, ref string? key)
    {
        SkipBlank();
        var keyStart = _pos;
        key = ReadWhile(c => c != ',' && c != close && !char.IsWhiteSpace(c) && c != '=' && c != '{' && c != '}').Trim();
        SkipBlank();
        if (Peek() == '=')
        {
            // "@misc{title = ...}": no key at all.
            _pos = keyStart;
            key = "";
        }
        else if (Peek() == ',') _pos++;
        else if (Peek() != close) throw Error($"expected ',' after the key '{key}'");

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var needSeparator = false;
        while (true)
        {
            var hadNewline = SkipBlank();
            var c = Peek();
            if (c == close) { _pos++; break; }
            if (c == ',') { _pos++; needSeparator = false; continue; }
            if (c == '\0') throw Error($"the entry is not closed with '{close}'");
            // A forgotten closing brace: the next entry's line ends this one, with the fields read so far.
            if (c == '@' && hadNewline && IsEntryStart(_s, _pos)) break;
            // A missing comma between two fields on separate lines is forgiven; on one line it is an error.
            if (needSeparator && !hadNewline && !LineBreakBehind()) throw Error($"expected ',' or '{close}' after a field");
            var name = ReadName();
            if (name.Length == 0) throw Error($"unexpected '{c}' where a field name should be");
            SkipBlank();
            Expect('=', $"'=' after field '{name}'");
            SkipBlank();
            var value = ReadValue();
            fields.TryAdd(name, value);
            needSeparator = true;
        }
        _entries.Add(new BibEntry(type, key, fields, LineOf(keyStart)));
    }

    /// <summary>True when blank space just before the cursor holds a line break (a value ends by skipping the blank after it).</summary>
    private bool LineBreakBehind()
    {
        for (var i = _pos - 1; i >= 0 && char.IsWhiteSpace(_s[i]); i--)
            if (_s[i] == '\n') return true;
        return false;
    }

    /// <summary>A value: parts in braces, quotes, bare numbers or macro names, joined by '#'.</summary>
    private string ReadValue()
    {
        var sb = new StringBuilder();
        while (true)
        {
            var c = Peek();
            if (c == '{') sb.Append(ReadDelimited('{', '}'));
            else if (c == '"') sb.Append(ReadDelimited('"', '"'));
            else if (char.IsAsciiDigit(c)) sb.Append(ReadWhile(char.IsAsciiDigit));
            else if (IsNameChar(c))
            {
                var name = ReadName();
                sb.Append(_macros.TryGetValue(name, out var v) ? v : name);
            }
            else throw Error(c == '\0' ? "the file ends where a value should be" : $"unexpected '{c}' where a value should be");
            SkipBlank();
            if (Peek() != '#') return sb.ToString();
            _pos++;
            SkipBlank();
        }
    }

    /// <summary>
    /// Reads "{...}" or "\"...\"" with balanced inner braces and returns the text inside. A line that starts a
    /// new entry ends the search: the value was left open, and the next entry must not be swallowed.
    /// </summary>
    private string ReadDelimited(char open, char close)
    {
        var startLine = LineOf(_pos);
        var start = ++_pos;
        var depth = 0;
        for (var i = start; i < _s.Length; i++)
        {
            var c = _s[i];
            if (c == '{') depth++;
            else if (c == '}')
            {
                if (depth == 0)
                {
                    if (close == '}') { _pos = i + 1; return _s[start..i]; }
                    throw Error($"unbalanced '}}' in a quoted value", LineOf(i));
                }
                depth--;
            }
            // A quote written as \" inside a quoted value is an accent ("M\"uller"), not the end of the value.
            else if (c == close && depth == 0 && !(close == '"' && i > start && _s[i - 1] == '\\')) { _pos = i + 1; return _s[start..i]; }
            else if (c == '\n' && StartsEntryAfter(i + 1))
                throw Error($"value opened with '{open}' on line {startLine} is not closed", startLine);
        }
        throw Error($"value opened with '{open}' on line {startLine} is not closed", startLine);
    }

    private bool StartsEntryAfter(int i)
    {
        while (i < _s.Length && _s[i] is ' ' or '\t') i++;
        return IsEntryStart(_s, i);
    }

    private string ReadName() => ReadWhile(IsNameChar);

    private static bool IsNameChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':' or '.' or '+' or '/' or '\'' or '!' or '?' or '&' or '*' or '<' or '>' or '[' or ']' or ';' or '|' or '`' or '^';

    private string ReadWhile(Func<char, bool> accept)
    {
        var start = _pos;
        while (_pos < _s.Length && accept(_s[_pos])) _pos++;
        return _s[start.._pos];
    }

    private char Peek() => _pos < _s.Length ? _s[_pos] : '\0';

    private void SkipSpaces()
    {
        while (_pos < _s.Length && _s[_pos] is ' ' or '\t') _pos++;
    }

    /// <summary>Skips white space and '%' line comments between tokens; true when a line break was passed.</summary>
    private bool SkipBlank()
    {
        var newline = false;
        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (c == '\n') { newline = true; _pos++; }
            else if (char.IsWhiteSpace(c)) _pos++;
            else if (c == '%')
            {
                var eol = _s.IndexOf('\n', _pos);
                _pos = eol < 0 ? _s.Length : eol;
            }
            else break;
        }
        return newline;
    }

    private void Expect(char c, string what)
    {
        if (Peek() != c) throw Error($"expected {what}");
        _pos++;
    }

    private int LineOf(int index)
    {
        var i = Array.BinarySearch(_lineStarts, index);
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    private BibSyntax Error(string message, int? line = null) => new(message, line ?? LineOf(Math.Min(_pos, _s.Length)));

    private sealed class BibSyntax(string message, int? line) : Exception(message)
    {
        public int? Line { get; } = line;
    }
}
