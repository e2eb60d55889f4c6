using Aggregator.Core.Formats;

namespace Aggregator.Core.Fetching;

/// <summary>
/// Local sources, for offline use and demos: a file is one document; a folder is one document per file
/// with a known extension (a folder of Markdown posts is one source), in path order.
/// </summary>
public sealed class LocalDocumentReader(FetchOptions options) : IDocumentFetcher
{
    public async Task<FetchResult> FetchAsync(string location, FetchValidators? previous = null, CancellationToken cancellationToken = default)
    {
        var path = Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : location;
        path = Path.GetFullPath(path);
        if (File.Exists(path))
            return new FetchResult([await ReadAsync(path, cancellationToken)], false, null);
        if (!Directory.Exists(path))
            throw new FetchException($"{path}: no such file or folder");

        var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = System.IO.FileAttributes.Hidden })
            .Where(f => options.FolderExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            throw new FetchException($"{path}: the folder has no files with a known extension ({string.Join(", ", options.FolderExtensions)})");

        var documents = new List<Document>(files.Count);
        foreach (var file in files)
            documents.Add(await ReadAsync(file, cancellationToken));
        return new FetchResult(documents, false, null);
    }

    private async Task<Document> ReadAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(file);
            if (info.Length > options.MaxBytes)
                throw new FetchException($"{file}: {info.Length} bytes is more than the limit of {options.MaxBytes} bytes");
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            return new Document(TextDecoding.Decode(bytes, null), file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FetchException($"{file}: {e.Message}", e);
        }
    }
}
