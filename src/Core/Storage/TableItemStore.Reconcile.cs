using System.Text.Json;
using Aggregator.Core.Merging;
using Aggregator.Core.Normalising;
using Aggregator.Core.Records;
using Azure;
using Azure.Data.Tables;

namespace Aggregator.Core.Storage;

public sealed partial class TableItemStore
{
    private const int MaxConcurrencyRetries = 8;

    private enum Action { Show, Hide }

    /// <summary>One item whose stored state must change: shown by the source (new, changed or back) or not any more.</summary>
    private sealed record Change(string Id, Action Action, Item? Version, string? Hash, MemberEntity? Member, string? ParsedId = null);

    public async Task<SaveResult> SaveSourceItemsAsync(string sourceId, IReadOnlyList<Item> items, DateTimeOffset seenAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        if (items.FirstOrDefault(i => string.IsNullOrEmpty(i.Id)) is { } noId)
            throw new ArgumentException($"Item '{noId.Title}' has no id: normalise items before storing them.", nameof(items));
        if (items.FirstOrDefault(i => !IsKeySafe(i.Id)) is { } badId)
            throw new ArgumentException($"Item id '{badId.Id}' cannot be a table key ('/', '\\', '#', '?', control characters, over 512 characters).", nameof(items));
        if (!IsKeySafe(sourceId))
            throw new ArgumentException($"Source id '{sourceId}' cannot be a table key.", nameof(sourceId));
        await InitializeAsync(cancellationToken);

        // The same id twice on one page is one item.
        var incoming = items.GroupBy(i => i.Id, StringComparer.Ordinal)
            .Select(g => DuplicateMerger.Merge(g.ToList()))
            .ToList();
        var members = new Dictionary<string, MemberEntity>(StringComparer.Ordinal);
        await foreach (var m in _members.QueryAsync<MemberEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {sourceId}"), cancellationToken: cancellationToken))
            members[m.RowKey] = m;

        incoming = await KeepIdsAcrossEditsAsync(incoming, members, cancellationToken);
        var parsedIds = await JoinStoredWorksAsync(incoming, members, cancellationToken);

        int added = 0, updated = 0, unchanged = 0, removed = 0, restored = 0;
        var changes = new List<Change>();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in incoming)
        {
            shown.Add(item.Id);
            var hash = ItemFingerprint.Of(item);
            members.TryGetValue(item.Id, out var member);
            if (member is { Removed: false } && member.Hash == hash) { unchanged++; continue; }
            if (member is null) added++;
            else if (member.Removed) restored++;
            else updated++;
            changes.Add(new Change(item.Id, Action.Show, item, hash, member, parsedIds.GetValueOrDefault(item.Id)));
        }
        foreach (var member in members.Values.Where(m => !m.Removed && !shown.Contains(m.RowKey)))
        {
            removed++;
            changes.Add(new Change(member.RowKey, Action.Hide, null, null, member));
        }

        await Parallel.ForEachAsync(changes,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.WriteParallelism), CancellationToken = cancellationToken },
            async (change, ct) => await ApplyAsync(sourceId, change, seenAt, ct));

        return new SaveResult(added, updated, unchanged, removed, restored);
    }

    private static bool IsKeySafe(string key) =>
        key.Length is > 0 and <= 512 && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    /// <summary>Incoming posts that are stored posts with small edits take the stored ids (see <see cref="EditMatcher"/>).</summary>
    private async Task<List<Item>> KeepIdsAcrossEditsAsync(List<Item> incoming, Dictionary<string, MemberEntity> members, CancellationToken cancellationToken)
    {
        var ids = incoming.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var newOnes = incoming.Where(i => !members.ContainsKey(i.Id) && i.Kind != RecordKind.Publication).ToList();
        var goneRows = members.Values
            .Where(m => !ids.Contains(m.RowKey) && m.Kind != RecordKind.Publication.ToWire())
            .OrderBy(m => m.Removed) // a post that vanished just now before one long gone
            .ToList();
        if (newOnes.Count == 0 || goneRows.Count == 0) return incoming;

        var gone = new List<Item>(goneRows.Count);
        foreach (var row in goneRows)
            gone.Add(await _bodies.GetAsync(row.Json, row.BodyBlob, cancellationToken));

        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (i, s) in EditMatcher.Pair(newOnes, gone))
            renamed[newOnes[i].Id] = goneRows[s].RowKey;
        return incoming.Select(i => renamed.TryGetValue(i.Id, out var id) ? i with { Id = id } : i).ToList();
    }

    /// <summary>
    /// One paper, one stored item: a paper this source shows under a new id (say, found by title) takes the id
    /// of the stored copy of the same work from another source (say, one with a DOI), so the two merge when
    /// saved rather than only when a feed is read. Rewrites <paramref name="incoming"/> in place; returns the
    /// parsed id of each item it renamed.
    /// </summary>
    private async Task<Dictionary<string, string>> JoinStoredWorksAsync(List<Item> incoming, Dictionary<string, MemberEntity> members, CancellationToken cancellationToken)
    {
        var parsedIds = new Dictionary<string, string>(StringComparer.Ordinal);
        // Earlier joins of this source: its parsed id leads straight to the stored id.
        var joined = members.Values.Where(m => m.ParsedId is not null)
            .GroupBy(m => m.ParsedId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().RowKey, StringComparer.Ordinal);
        var taken = incoming.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < incoming.Count; i++)
        {
            var item = incoming[i];
            if (!SameWork.IsWork(item) || members.ContainsKey(item.Id)) continue;
            var target = joined.TryGetValue(item.Id, out var known) && !taken.Contains(known)
                ? known
                : await FindStoredWorkAsync(item, taken, cancellationToken);
            if (target is null) continue;
            incoming[i] = item with { Id = target };
            parsedIds[target] = item.Id;
            taken.Add(target);
        }
        return parsedIds;
    }

    private async Task<string?> FindStoredWorkAsync(Item item, HashSet<string> taken, CancellationToken cancellationToken)
    {
        foreach (var key in SameWork.Keys(item))
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {WorkKeyPartition(key)}");
            await foreach (var row in _works.QueryAsync<WorkKeyEntity>(filter, cancellationToken: cancellationToken))
            {
                if (row.RowKey == item.Id || taken.Contains(row.RowKey)) continue;
                var stored = await LoadItemAsync(row.RowKey, cancellationToken);
                if (stored is not null && SameWork.Match(stored, item)) return row.RowKey;
            }
        }
        return null;
    }

    /// <summary>Keys hold DOIs ('/') and titles of any length: a hash makes them table keys.</summary>
    private static string WorkKeyPartition(string key) => StableId.From("work", key);

    private async Task WriteWorkKeysAsync(Change change, CancellationToken cancellationToken)
    {
        if (change.Action != Action.Show || change.Version is null) return;
        foreach (var key in SameWork.Keys(change.Version))
            await _works.UpsertEntityAsync(new WorkKeyEntity { PartitionKey = WorkKeyPartition(key), RowKey = change.Id }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>
    /// Writes one change: the merged item and its index rows first, the source's member row last, so a
    /// failure half-way leaves the member row old and the next save redoes the change.
    /// </summary>
    private async Task ApplyAsync(string sourceId, Change change, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        var written = new HashSet<(string, string)>();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await WriteItemAsync(sourceId, change, seenAt, written, cancellationToken);
                break;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxConcurrencyRetries)
            {
                // Another source's save changed the same item meanwhile: merge again from its new state.
                await Task.Delay(TimeSpan.FromMilliseconds(20 * (attempt + 1)), cancellationToken);
            }
        }
        await WriteWorkKeysAsync(change, cancellationToken);
        await WriteMemberAsync(sourceId, change, seenAt, cancellationToken);
    }

    private async Task WriteItemAsync(string sourceId, Change change, DateTimeOffset seenAt, HashSet<(string, string)> written, CancellationToken cancellationToken)
    {
        var response = await _items.GetEntityIfExistsAsync<ItemEntity>(change.Id, ItemEntity.Row, cancellationToken: cancellationToken);
        var row = response.HasValue ? response.Value : null;
        var stored = row is null ? null : await _bodies.GetAsync(row.Json, row.BodyBlob, cancellationToken);
        var storedSources = row is null ? [] : JsonSerializer.Deserialize<List<string>>(row.Sources)!;

        var sources = change.Action == Action.Show
            ? storedSources.Contains(sourceId) ? storedSources : [.. storedSources, sourceId]
            : storedSources.Where(s => s != sourceId).ToList();

        // Every source that shows the item contributes its own version; the first seen leads.
        var versions = new List<Item>();
        var present = new List<string>();
        foreach (var s in sources)
        {
            var version = s == sourceId ? change.Version : await LoadMemberVersionAsync(s, change.Id, cancellationToken);
            if (version is null) continue;
            versions.Add(version);
            present.Add(s);
        }

        Item merged;
        string hash;
        if (versions.Count == 0)
        {
            if (stored is null) return; // nothing stored to mark
            merged = stored;
            hash = row!.ContentHash;
        }
        else
        {
            merged = DuplicateMerger.Merge(versions) with
            {
                Id = change.Id,
                Sources = present,
                FirstSeen = stored?.FirstSeen ?? seenAt,
                Position = stored?.Position ?? change.Version?.Position,
                DateModified = null,
            };
            hash = ItemFingerprint.Of(merged);
            merged = merged with { DateModified = stored is not null && row!.ContentHash != hash ? seenAt : stored?.DateModified };
        }

        var isRemoved = versions.Count == 0;
        if (row is not null && row.ContentHash == hash && row.Removed == isRemoved
            && storedSources.SequenceEqual(present) && written.Count == 0)
            return; // the merged item is as stored (e.g. another source shows the same)

        var json = BodyStore.Serialize(merged);
        var newKeys = isRemoved
            ? []
            : FeedIndex.Partitions(merged).Select(p => (p, FeedIndex.RowKey(merged))).ToHashSet();
        var oldKeys = row is null ? [] : JsonSerializer.Deserialize<List<string[]>>(row.IndexKeys)!.Select(k => (k[0], k[1])).ToHashSet();

        var indexJson = _bodies.FitsInline(json) ? json : null;
        foreach (var (pk, rk) in newKeys)
        {
            await _index.UpsertEntityAsync(new IndexEntity { PartitionKey = pk, RowKey = rk, ItemId = change.Id, Json = indexJson }, TableUpdateMode.Replace, cancellationToken);
            written.Add((pk, rk));
        }
        foreach (var (pk, rk) in oldKeys.Concat(written).Where(k => !newKeys.Contains(k)).Distinct().ToList())
            await _index.DeleteEntityAsync(pk, rk, ETag.All, cancellationToken);

        var (inline, blob) = await _bodies.PutAsync($"items/{change.Id}.json", json, row?.BodyBlob, cancellationToken);
        var entity = new ItemEntity
        {
            PartitionKey = change.Id,
            Json = inline,
            BodyBlob = blob,
            Kind = merged.Kind.ToWire(),
            Sources = JsonSerializer.Serialize(present),
            Removed = isRemoved,
            IndexKeys = JsonSerializer.Serialize(newKeys.Select(k => new[] { k.Item1, k.Item2 })),
            ContentHash = hash,
        };
        if (row is null)
            await _items.AddEntityAsync(entity, cancellationToken);
        else
            await _items.UpdateEntityAsync(entity, row.ETag, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task<Item?> LoadMemberVersionAsync(string sourceId, string id, CancellationToken cancellationToken)
    {
        var response = await _members.GetEntityIfExistsAsync<MemberEntity>(sourceId, id, cancellationToken: cancellationToken);
        return response.HasValue && !response.Value!.Removed
            ? await _bodies.GetAsync(response.Value.Json, response.Value.BodyBlob, cancellationToken)
            : null;
    }

    private async Task WriteMemberAsync(string sourceId, Change change, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        if (change.Action == Action.Hide)
        {
            var member = change.Member!;
            member.Removed = true;
            await _members.UpdateEntityAsync(member, ETag.All, TableUpdateMode.Replace, cancellationToken);
            return;
        }
        var version = change.Version!;
        var (json, blob) = await _bodies.PutAsync($"members/{sourceId}/{change.Id}.json", BodyStore.Serialize(version), change.Member?.BodyBlob, cancellationToken);
        var entity = new MemberEntity
        {
            PartitionKey = sourceId,
            RowKey = change.Id,
            Json = json,
            BodyBlob = blob,
            Kind = version.Kind.ToWire(),
            Hash = change.Hash!,
            Removed = false,
            ParsedId = change.ParsedId ?? change.Member?.ParsedId,
        };
        await _members.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }
}
