using System.Text;
using System.Text.Json;
using Aggregator.Core.Records;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Aggregator.Core.Storage;

/// <summary>
/// Record JSON for table rows: inline when it fits, otherwise in a blob whose name the row keeps
/// (table properties hold at most 64 KiB; long posts with their HTML can be larger).
/// </summary>
internal sealed class BodyStore(BlobContainerClient container, int inlineLimit)
{
    public static string Serialize(Item item) => JsonSerializer.Serialize(item, RecordJson.Options);

    // Strictly below: UTF-16 (how tables count) takes at most twice the UTF-8 bytes, and 64 KiB is the cap.
    public bool FitsInline(string json) => Encoding.UTF8.GetByteCount(json) < inlineLimit;

    /// <summary>Returns what the row stores: (json, null) inline or (null, blob name).</summary>
    public async Task<(string? Json, string? Blob)> PutAsync(string blobName, string json, string? previousBlob, CancellationToken cancellationToken)
    {
        if (FitsInline(json))
        {
            if (previousBlob is not null)
                await container.DeleteBlobIfExistsAsync(previousBlob, cancellationToken: cancellationToken);
            return (json, null);
        }
        await container.GetBlobClient(blobName).UploadAsync(
            BinaryData.FromString(json),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
            cancellationToken);
        return (null, blobName);
    }

    public async Task<Item> GetAsync(string? json, string? blob, CancellationToken cancellationToken)
    {
        if (json is null)
        {
            if (blob is null) throw new InvalidDataException("A stored row has neither JSON nor a blob.");
            try
            {
                var content = await container.GetBlobClient(blob).DownloadContentAsync(cancellationToken);
                json = content.Value.Content.ToString();
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                throw new InvalidDataException($"The body blob '{blob}' of a stored item is missing.", e);
            }
        }
        return JsonSerializer.Deserialize<Item>(json, RecordJson.Options)
            ?? throw new InvalidDataException("A stored record is JSON null.");
    }
}
