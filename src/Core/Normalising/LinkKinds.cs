using System.Text.RegularExpressions;
using Aggregator.Core.Records;

namespace Aggregator.Core.Normalising;

/// <summary>Classifies a link as pdf, slides, video, code, doi, arxiv ... from its label and URL.</summary>
public static partial class LinkKinds
{
    public static string Classify(string url, string? label = null)
    {
        var l = (label ?? "").Trim().Trim('[', ']', '(', ')').ToLowerInvariant();
        if (l.Length > 0)
        {
            if (l is "slides" or "slide" or "deck" or "presentation") return LinkRel.Slides;
            if (l is "video" or "talk video" or "recording" or "youtube") return LinkRel.Video;
            if (l is "code" or "github" or "source" or "software" or "repo" or "repository") return LinkRel.Code;
            if (l is "poster") return LinkRel.Poster;
            if (l is "doi") return LinkRel.Doi;
            if (l is "arxiv" or "preprint" && url.Contains("arxiv.org", StringComparison.OrdinalIgnoreCase)) return LinkRel.Arxiv;
            if (l is "pdf" or "paper" or "full text" && url.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) return LinkRel.Pdf;
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var u)) return LinkRel.Related;
        var host = u.Host.ToLowerInvariant();
        var path = u.AbsolutePath.ToLowerInvariant();
        if (host.EndsWith("doi.org")) return LinkRel.Doi;
        if (host.EndsWith("arxiv.org")) return path.StartsWith("/pdf/") ? LinkRel.Pdf : LinkRel.Arxiv;
        if (host.EndsWith("youtube.com") || host == "youtu.be" || host.EndsWith("vimeo.com") || VideoExt().IsMatch(path)) return LinkRel.Video;
        if (host is "github.com" or "gitlab.com" or "bitbucket.org" or "codeberg.org") return LinkRel.Code;
        if (host.EndsWith("slideshare.net") || host == "speakerdeck.com" || SlidesExt().IsMatch(path) || l.Contains("slide")) return LinkRel.Slides;
        if (path.EndsWith(".pdf")) return l.Contains("poster") ? LinkRel.Poster : LinkRel.Pdf;
        if (l.Contains("video")) return LinkRel.Video;
        if (l.Contains("code")) return LinkRel.Code;
        return LinkRel.Related;
    }

    [GeneratedRegex(@"\.(mp4|webm|mov)$")]
    private static partial Regex VideoExt();

    [GeneratedRegex(@"\.(pptx?|key|odp)$")]
    private static partial Regex SlidesExt();
}
