using System.Text;

namespace Aggregator.Core.Formats.Bibtex;

/// <summary>
/// The LaTeX that BibTeX values carry, turned into plain Unicode text: accents (<c>{\"u}</c>, <c>\'{e}</c>,
/// <c>\c{c}</c>, ...), special letters (<c>\l</c>, <c>\o</c>, <c>\ss</c>, dotless <c>\i</c>), escaped symbols,
/// dashes and ties, font commands unwrapped, protective braces and math delimiters dropped. Commands it does
/// not know are dropped and their argument kept, so unknown markup never hides text. HTML inline markup written
/// into a value goes the same way (<see cref="InlineHtml"/>).
/// </summary>
internal sealed class LatexText
{
    private static readonly Dictionary<char, char> SymbolAccents = new()
    {
        ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308',
        ['~'] = '\u0303', ['='] = '\u0304', ['.'] = '\u0307',
    };

    private static readonly Dictionary<string, char> LetterAccents = new(StringComparer.Ordinal)
    {
        ["c"] = '\u0327', ["v"] = '\u030C', ["u"] = '\u0306', ["H"] = '\u030B', ["k"] = '\u0328',
        ["r"] = '\u030A', ["d"] = '\u0323', ["b"] = '\u0331', ["t"] = '\u0361',
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["l"] = "ł", ["L"] = "Ł", ["o"] = "ø", ["O"] = "Ø", ["ss"] = "ß", ["aa"] = "å", ["AA"] = "Å",
        ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["i"] = "ı", ["j"] = "ȷ",
        ["dh"] = "ð", ["DH"] = "Ð", ["th"] = "þ", ["TH"] = "Þ", ["ng"] = "ŋ", ["NG"] = "Ŋ", ["dj"] = "đ", ["DJ"] = "Đ",
        ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…",
        ["textendash"] = "–", ["textemdash"] = "—", ["textquoteright"] = "’", ["textquoteleft"] = "‘",
        ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["textasciitilde"] = "~", ["textbackslash"] = "\\",
        ["textbar"] = "|", ["textless"] = "<", ["textgreater"] = ">", ["textunderscore"] = "_", ["textasciicircum"] = "^",
        ["copyright"] = "©", ["textcopyright"] = "©", ["textregistered"] = "®", ["texttrademark"] = "™",
        ["S"] = "§", ["P"] = "¶", ["pounds"] = "£", ["euro"] = "€", ["textdegree"] = "°",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["BibTeX"] = "BibTeX", ["LaTeXe"] = "LaTeX2e",
        ["textdagger"] = "†", ["dag"] = "†", ["dagger"] = "†", ["ddag"] = "‡", ["ddagger"] = "‡", ["ast"] = "*",
        // math mode, kept as readable text
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν",
        ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ", ["tau"] = "τ", ["phi"] = "φ", ["varphi"] = "φ",
        ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ",
        ["Lambda"] = "Λ", ["Pi"] = "Π", ["Sigma"] = "Σ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["approx"] = "≈", ["times"] = "×", ["pm"] = "±", ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥",
        ["neq"] = "≠", ["ne"] = "≠", ["infty"] = "∞", ["cdot"] = "·", ["sim"] = "∼", ["to"] = "→",
        ["rightarrow"] = "→", ["leftarrow"] = "←", ["ell"] = "ℓ", ["log"] = "log", ["in"] = "∈", ["sqrt"] = "√",
    };

    /// <summary>Commands whose argument is the text itself (font changes, boxes, links).</summary>
    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal)
    {
        "textit", "emph", "textbf", "texttt", "textsc", "textrm", "textsf", "textup", "textsl", "textmd",
        "textnormal", "underline", "mbox", "hbox", "text", "mathrm", "mathbf", "mathit", "mathsf", "mathtt",
        "mathcal", "mathbb", "boldsymbol", "url", "textsuperscript", "textsubscript", "uppercase", "MakeUppercase",
        "NoCaseChange", "nocase",
    };

    /// <summary>Unicode's superscript and subscript forms; a script holding anything else cannot be printed as text.</summary>
    private static readonly Dictionary<char, char> Superscripts = new()
    {
        ['0'] = '⁰', ['1'] = '¹', ['2'] = '²', ['3'] = '³', ['4'] = '⁴', ['5'] = '⁵', ['6'] = '⁶', ['7'] = '⁷', ['8'] = '⁸', ['9'] = '⁹',
        ['+'] = '⁺', ['-'] = '⁻', ['−'] = '⁻', ['='] = '⁼', ['('] = '⁽', [')'] = '⁾', ['n'] = 'ⁿ', ['i'] = 'ⁱ',
    };

    private static readonly Dictionary<char, char> Subscripts = new()
    {
        ['0'] = '₀', ['1'] = '₁', ['2'] = '₂', ['3'] = '₃', ['4'] = '₄', ['5'] = '₅', ['6'] = '₆', ['7'] = '₇', ['8'] = '₈', ['9'] = '₉',
        ['+'] = '₊', ['-'] = '₋', ['−'] = '₋', ['='] = '₌', ['('] = '₍', [')'] = '₎',
    };

    /// <summary>Font commands a math span may use around plain letters ("\text{F}", "\mathrm{He}") without changing what it says.</summary>
    private static readonly HashSet<string> PlainMathFonts = new(StringComparer.Ordinal) { "text", "mathrm", "textrm", "rm", "mathbf", "mathit", "mathsf", "mathnormal" };

    private readonly string _s;
    private int _i;
    /// <summary>
    /// Reading one math span for printing (<see cref="MathToUnicode"/>): scripts become superscript and subscript
    /// characters, and any markup that has no faithful plain form marks the span as not printable.
    /// </summary>
    private readonly bool _printing;
    private bool _unprintable;

    private LatexText(string s, bool printing = false) => (_s, _printing) = (s, printing);


    /// <summary>
    /// The text a math span prints when plain Unicode can say it exactly: isotopes and formulas ("^{28-33}\text{F}" is
    /// "²⁸⁻³³F", "H_2O" is "H₂O"), Greek letters, letters and digits. Null for anything more (other commands, fractions,
    /// scripts with letters Unicode has no small form of), which is best left as typed.
    /// </summary>
    public static string? MathToUnicode(string content)
    {
        var reader = new LatexText(content, printing: true);
        var sb = new StringBuilder(content.Length);
        reader.Run(sb, inGroup: false);
        return reader._unprintable ? null : Collapse(sb.ToString()) is { Length: > 0 } text ? text : null;
    }

    /// <summary>Plain Unicode text for a LaTeX-marked-up value, white space collapsed.</summary>
    public static string ToUnicode(string latex)
    {
        var reader = new LatexText(InlineHtml.Strip(latex));
        var sb = new StringBuilder(latex.Length);
        reader.Run(sb, inGroup: false);
        return Collapse(sb.ToString());
    }

    private void Run(StringBuilder sb, bool inGroup)
    {
        while (_i < _s.Length)
        {
            var c = _s[_i];
            switch (c)
            {
                case '\\':
                    Command(sb);
                    break;
                case '{':
                    _i++;
                    Run(sb, inGroup: true);
                    break;
                case '}':
                    _i++;
                    if (inGroup) return;
                    break;
                case '$':
                    _i++;
                    break;
                case '^' or '_' when _printing:
                    _i++;
                    Script(sb, c == '^' ? Superscripts : Subscripts);
                    break;
                // An alignment or a comment has no place in a title's inline math: not something to print as text.
                case '&' or '%' or '#' when _printing:
                    _unprintable = true;
                    _i++;
                    break;
                case '~':
                    _i++;
                    sb.Append(' ');
                    break;
                case '-':
                    if (At("---")) { sb.Append('—'); _i += 3; }
                    else if (At("--")) { sb.Append('–'); _i += 2; }
                    else { sb.Append('-'); _i++; }
                    break;
                case '`':
                    if (At("``")) { sb.Append('“'); _i += 2; }
                    else { sb.Append('‘'); _i++; }
                    break;
                case '\'':
                    if (At("''")) { sb.Append('”'); _i += 2; }
                    else { sb.Append('\''); _i++; }
                    break;
                default:
                    sb.Append(c);
                    _i++;
                    break;
            }
        }
    }

    private bool At(string s) => string.CompareOrdinal(_s, _i, s, 0, s.Length) == 0;

    private void Command(StringBuilder sb)
    {
        _i++; // backslash
        if (_i >= _s.Length) return;
        var c = _s[_i];
        if (!char.IsAsciiLetter(c))
        {
            _i++;
            if (SymbolAccents.TryGetValue(c, out var mark)) { Accent(sb, mark); return; }
            switch (c)
            {
                case ' ' or '\n' or '\r' or '\t' or ',' or ';' or ':': sb.Append(' '); break;
                case '\\': sb.Append(' '); SkipOptionalLength(); break;
                // "\!" is a negative thin space: it pulls letters together ("$C\!P$" prints "CP").
                case '-' or '/' or '@' or '!': break;
                default: sb.Append(c); break; // \& \% \_ \# \$ \{ \}
            }
            return;
        }

        var start = _i;
        while (_i < _s.Length && char.IsAsciiLetter(_s[_i])) _i++;
        var name = _s[start.._i];
        if (_i < _s.Length && _s[_i] == '*') _i++;
        // TeX ends a control word at the first non-letter and swallows the spaces after it.
        while (_i < _s.Length && _s[_i] is ' ' or '\t' or '\n' or '\r') _i++;

        if (_printing)
        {
            // Only Greek letters and plain fonts print as they are meant; "\ell", "\frac", "\log" stay as typed.
            if (Symbols.TryGetValue(name, out var letter) && letter is [>= '\u0370' and <= '\u03FF']) sb.Append(letter);
            else if (PlainMathFonts.Contains(name)) sb.Append(Argument());
            else _unprintable = true;
            return;
        }
        if (LetterAccents.TryGetValue(name, out var letterMark)) { Accent(sb, letterMark); return; }
        if (Symbols.TryGetValue(name, out var symbol)) { sb.Append(symbol); return; }
        if (Wrappers.Contains(name)) { sb.Append(Argument()); return; }
        if (name == "href")
        {
            Argument();
            sb.Append(Argument());
        }
        // Anything else (\em, \bf, \small, \noopsort, ...) is dropped; a following group is read as text.
    }

    /// <summary>A superscript or subscript argument in the script's own characters; one with no such form makes the span unprintable.</summary>
    private void Script(StringBuilder sb, Dictionary<char, char> forms)
    {
        foreach (var ch in Argument())
        {
            if (forms.TryGetValue(ch, out var small)) sb.Append(small);
            // "^{28,29,31}": the commas between superscript numbers print as they are.
            else if (ch is ',' or ' ') sb.Append(ch);
            else _unprintable = true;
        }
    }

    /// <summary>Combines the accent with the first letter of the next argument ("\'{e}", "\'e", "\"{\i}").</summary>
    private void Accent(StringBuilder sb, char mark)
    {
        var arg = Argument();
        if (arg.Length == 0) return;
        var first = arg[0] switch { 'ı' => 'i', 'ȷ' => 'j', var ch => ch };
        sb.Append((first.ToString() + mark).Normalize(NormalizationForm.FormC));
        sb.Append(arg, 1, arg.Length - 1);
    }

    /// <summary>A command's argument: a braced group, a command, or one character.</summary>
    private string Argument()
    {
        while (_i < _s.Length && _s[_i] is ' ' or '\t' or '\n' or '\r') _i++;
        if (_i >= _s.Length) return "";
        var sb = new StringBuilder();
        switch (_s[_i])
        {
            case '{':
                _i++;
                Run(sb, inGroup: true);
                break;
            case '\\':
                Command(sb);
                break;
            case '}':
                break;
            default:
                sb.Append(_s[_i++]);
                break;
        }
        return sb.ToString();
    }

    private void SkipOptionalLength()
    {
        if (_i < _s.Length && _s[_i] == '[')
        {
            var end = _s.IndexOf(']', _i);
            if (end > 0) _i = end + 1;
        }
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
