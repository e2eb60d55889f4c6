using System.Globalization;
using System.Text.Json;
using Aggregator.Core.Feeds;
using Aggregator.Core.Merging;
using Aggregator.Core.Records;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Aggregator.Core.Storage;

/// <summary>
/// <see cref="IItemStore"/> on Azure Table Storage, large bodies and raw snapshots in Blob Storage.
/// Tables (names after <see cref="StorageOptions.Prefix"/>):
/// <list type="bullet">
/// <item><c>items</c>: one row per item id, the merged record of all sources that show it; kept when removed.</item>
/// <item><c>members</c>: per source (partition), the items it shows and each one as it shows it (for reconciliation and merging).</item>
/// <item><c>feedindex</c>: feed partitions with newest-first row keys (see <see cref="FeedIndex"/>).</item>
/// <item><c>status</c>: each source's last ingestion.</item>
/// <item><c>workkeys</c>: DOI, arXiv and title keys of stored papers, so copies from other sources join them.</item>
/// </list>
/// Containers: <c>bodies</c> (record JSON too large for a row) and <c>snapshots</c> (raw documents, <c>&lt;source&gt;/&lt;timestamp&gt;</c>).
/// </summary>
public sealed partial class TableItemStore : IItemStore
{
    private readonly StorageOptions _options;
    private readonly TableClient _items, _members, _index, _status, _works;
    private readonly BlobContainerClient _bodiesContainer, _snapshots;
    private readonly BodyStore _bodies;
    private const int ReadPastLimit = 10;
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private volatile bool _initialized;

    public TableItemStore(StorageOptions options)
    {
        _options = options;
        var tableOptions = new TableClientOptions();
        tableOptions.Retry.MaxRetries = options.MaxRetries;
        var blobOptions = new BlobClientOptions();
        blobOptions.Retry.MaxRetries = options.MaxRetries;
        TableServiceClient tables;
        BlobServiceClient blobs;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            tables = new TableServiceClient(options.ConnectionString, tableOptions);
            blobs = new BlobServiceClient(options.ConnectionString, blobOptions);
        }
        else if (options is { AccountName: { Length: > 0 } account, Credential: { } credential })
        {
            tables = new TableServiceClient(new Uri($"https://{account}.table.core.windows.net"), credential, tableOptions);
            blobs = new BlobServiceClient(new Uri($"https://{account}.blob.core.windows.net"), credential, blobOptions);
        }
        else
        {
            throw new ArgumentException("Storage needs a connection string, or an account name and a credential.", nameof(options));
        }
        _items = tables.GetTableClient(options.TableName("items"));
        _members = tables.GetTableClient(options.TableName("members"));
        _index = tables.GetTableClient(options.TableName("feedindex"));
        _works = tables.GetTableClient(options.TableName("workkeys"));
        _status = tables.GetTableClient(options.TableName("status"));
        _bodiesContainer = blobs.GetBlobContainerClient(options.ContainerName("bodies"));
        _snapshots = blobs.GetBlobContainerClient(options.ContainerName("snapshots"));
        _bodies = new BodyStore(_bodiesContainer, options.InlineBodyLimit);
    }

    /// <summary>Table names in use, for maintainers and tests.</summary>
    public IReadOnlyList<string> TableNames => [_items.Name, _members.Name, _index.Name, _status.Name, _works.Name];

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized) return;
        await _initLock.WaitAsync(cancellationToken);
        try
        {
            if (_initialized) return;
            foreach (var table in new[] { _items, _members, _index, _status, _works })
                await table.CreateIfNotExistsAsync(cancellationToken);
            await _bodiesContainer.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await _snapshots.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _initialized = true;
        }
        finally
        {
            _initLock.Release();
        }
    }

    public async Task<IReadOnlyList<Item>> QueryAsync(FeedQuery query, CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        query = query with
        {
            Limit = query.Limit <= 0 ? FeedQuery.DefaultLimit : Math.Min(query.Limit, FeedQuery.MaxLimit),
            Source = Blank(query.Source), Tag = Blank(query.Tag), Author = Blank(query.Author),
        };
        var partition = FeedIndex.PartitionFor(query);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        // Copies of one paper are joined when saved; copies saved at the same moment by two sources are merged
        // here, so read a few rows past the limit to fill it after merging.
        var wanted = query.Limit + ReadPastLimit;
        var result = new List<Item>(wanted);
        await foreach (var row in _index.QueryAsync<IndexEntity>(filter, maxPerPage: Math.Min(1000, wanted * 2), cancellationToken: cancellationToken))
        {
            var item = row.Json is not null
                ? JsonSerializer.Deserialize<Item>(row.Json, RecordJson.Options)!
                : await LoadItemAsync(row.ItemId, cancellationToken);
            if (item is null || !FeedIndex.Matches(item, query)) continue;
            result.Add(item);
            if (result.Count >= wanted) break;
        }
        return DuplicateMerger.MergeDuplicates(result).Take(query.Limit).ToList();
    }

    /// <summary>One stored item by id, removed or not; null when unknown.</summary>
    public async Task<Item?> GetItemAsync(string id, CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        return await LoadItemAsync(id, cancellationToken);
    }

    private async Task<Item?> LoadItemAsync(string id, CancellationToken cancellationToken)
    {
        var row = await _items.GetEntityIfExistsAsync<ItemEntity>(id, ItemEntity.Row, cancellationToken: cancellationToken);
        return row.HasValue ? await _bodies.GetAsync(row.Value!.Json, row.Value.BodyBlob, cancellationToken) : null;
    }

    public async Task SetStatusAsync(SourceStatus status, CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        var entity = new StatusEntity { RowKey = status.SourceId, Json = JsonSerializer.Serialize(status, RecordJson.Options) };
        await _status.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<SourceStatus>> GetStatusesAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        var result = new List<SourceStatus>();
        await foreach (var row in _status.QueryAsync<StatusEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {StatusEntity.Partition}"), cancellationToken: cancellationToken))
            result.Add(JsonSerializer.Deserialize<SourceStatus>(row.Json, RecordJson.Options)!);
        return result;
    }

    public Task SaveSnapshotAsync(string sourceId, string content, string? contentType, DateTimeOffset fetchedAt, CancellationToken cancellationToken = default) =>
        SaveSnapshotAsync(sourceId, content, contentType, fetchedAt, null, cancellationToken);

    /// <summary>Blob <c>&lt;source&gt;/&lt;timestamp&gt;</c>, or <c>&lt;source&gt;/&lt;timestamp&gt;/&lt;part&gt;</c> for one file of a folder source.</summary>
    public async Task SaveSnapshotAsync(string sourceId, string content, string? contentType, DateTimeOffset fetchedAt, string? part, CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        var name = SnapshotName(sourceId, fetchedAt, part);
        await _snapshots.GetBlobClient(name).UploadAsync(
            BinaryData.FromString(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = (contentType ?? "text/plain") + "; charset=utf-8" } },
            cancellationToken);
    }

    public static string SnapshotName(string sourceId, DateTimeOffset fetchedAt, string? part = null)
    {
        var stamp = fetchedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        return part is null ? $"{sourceId}/{stamp}" : $"{sourceId}/{stamp}/{part.Replace('\\', '/').TrimStart('/')}";
    }

    /// <summary>Raw snapshots of a source, oldest first (names under <c>&lt;source&gt;/</c>).</summary>
    public async Task<IReadOnlyList<string>> ListSnapshotsAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        var names = new List<string>();
        await foreach (var blob in _snapshots.GetBlobsAsync(new GetBlobsOptions { Prefix = sourceId + "/" }, cancellationToken))
            names.Add(blob.Name);
        return names;
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            await InitializeAsync(timeout.Token);
            await _status.GetEntityIfExistsAsync<StatusEntity>(StatusEntity.Partition, "-", cancellationToken: timeout.Token);
            await _snapshots.ExistsAsync(timeout.Token);
            return true;
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException or AggregateException or InvalidOperationException
                                       && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
