using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Aggregator.Core.Formats.Bibtex;

/// <summary>
/// The journal macros of the AAS (aas_macros.sty) that NASA ADS writes into its BibTeX exports
/// ("journal = {\apj}"). The exporting file never defines them — the paper's class does — so a reader of
/// the raw file sees only "\apj"; the name a printed reference list shows is kept here.
/// </summary>
internal static partial class AasJournals
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["aj"] = "The Astronomical Journal",
        ["actaa"] = "Acta Astronomica",
        ["araa"] = "Annual Review of Astronomy and Astrophysics",
        ["apj"] = "The Astrophysical Journal",
        ["apjl"] = "The Astrophysical Journal Letters",
        ["apjs"] = "The Astrophysical Journal Supplement Series",
        ["ao"] = "Applied Optics",
        ["apss"] = "Astrophysics and Space Science",
        ["aap"] = "Astronomy & Astrophysics",
        ["aapr"] = "Astronomy and Astrophysics Review",
        ["aaps"] = "Astronomy and Astrophysics Supplement Series",
        ["azh"] = "Astronomicheskii Zhurnal",
        ["baas"] = "Bulletin of the American Astronomical Society",
        ["caa"] = "Chinese Astronomy and Astrophysics",
        ["cjaa"] = "Chinese Journal of Astronomy and Astrophysics",
        ["icarus"] = "Icarus",
        ["jcap"] = "Journal of Cosmology and Astroparticle Physics",
        ["jrasc"] = "Journal of the Royal Astronomical Society of Canada",
        ["memras"] = "Memoirs of the Royal Astronomical Society",
        ["mnras"] = "Monthly Notices of the Royal Astronomical Society",
        ["na"] = "New Astronomy",
        ["nar"] = "New Astronomy Reviews",
        ["pra"] = "Physical Review A",
        ["prb"] = "Physical Review B",
        ["prc"] = "Physical Review C",
        ["prd"] = "Physical Review D",
        ["pre"] = "Physical Review E",
        ["prl"] = "Physical Review Letters",
        ["pasa"] = "Publications of the Astronomical Society of Australia",
        ["pasp"] = "Publications of the Astronomical Society of the Pacific",
        ["pasj"] = "Publications of the Astronomical Society of Japan",
        ["psj"] = "The Planetary Science Journal",
        ["rmxaa"] = "Revista Mexicana de Astronomía y Astrofísica",
        ["qjras"] = "Quarterly Journal of the Royal Astronomical Society",
        ["skytel"] = "Sky and Telescope",
        ["solphys"] = "Solar Physics",
        ["sovast"] = "Soviet Astronomy",
        ["ssr"] = "Space Science Reviews",
        ["zap"] = "Zeitschrift für Astrophysik",
        ["nat"] = "Nature",
        ["iaucirc"] = "IAU Circulars",
        ["aplett"] = "Astrophysics Letters",
        ["apspr"] = "Astrophysics and Space Physics Research",
        ["bain"] = "Bulletin of the Astronomical Institutes of the Netherlands",
        ["fcp"] = "Fundamentals of Cosmic Physics",
        ["gca"] = "Geochimica et Cosmochimica Acta",
        ["grl"] = "Geophysical Research Letters",
        ["jcp"] = "The Journal of Chemical Physics",
        ["jgr"] = "Journal of Geophysical Research",
        ["jqsrt"] = "Journal of Quantitative Spectroscopy and Radiative Transfer",
        ["memsai"] = "Memorie della Società Astronomica Italiana",
        ["nphysa"] = "Nuclear Physics A",
        ["physrep"] = "Physics Reports",
        ["physscr"] = "Physica Scripta",
        ["planss"] = "Planetary and Space Science",
        ["procspie"] = "Proceedings of the SPIE",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The journal a raw field value that is only one such macro ("\mnras", "{\aap}") stands for; null otherwise.</summary>
    public static string? Expand(string? raw) =>
        raw is not null && LoneMacro().Match(raw) is { Success: true } m && Names.TryGetValue(m.Groups[1].Value, out var name)
            ? name : null;

    [GeneratedRegex(@"^\s*\{?\s*\\([a-z]+)\s*\}?\s*$")]
    private static partial Regex LoneMacro();
}
