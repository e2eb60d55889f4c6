using Azure;
using Azure.Data.Tables;

namespace Aggregator.Core.Storage;

// Table rows. Record JSON sits in Json when small, else in the blob named by BodyBlob (see BodyStore).

/// <summary>items: one row per item id (PartitionKey = id), the merged record of every source that shows it.</summary>
internal sealed class ItemEntity : ITableEntity
{
    public const string Row = "item";
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? Json { get; set; }
    public string? BodyBlob { get; set; }
    public string Kind { get; set; } = "";
    /// <summary>JSON array of the ids of the sources that show the item now, first-seen first.</summary>
    public string Sources { get; set; } = "[]";
    /// <summary>True when no source shows the item any more: kept, but out of the feeds and indexes.</summary>
    public bool Removed { get; set; }
    /// <summary>JSON array of [partition, row] pairs of its feed index rows, to delete them later.</summary>
    public string IndexKeys { get; set; } = "[]";
    public string ContentHash { get; set; } = "";
}

/// <summary>members: what one source shows (PartitionKey = source id, RowKey = item id), as that source shows it.</summary>
internal sealed class MemberEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? Json { get; set; }
    public string? BodyBlob { get; set; }
    public string Kind { get; set; } = "";
    public string Hash { get; set; } = "";
    public bool Removed { get; set; }
    /// <summary>The id the item had as parsed, when it was stored under the id of the same work from another source.</summary>
    public string? ParsedId { get; set; }
}

/// <summary>
/// workkeys: PartitionKey = a hash of one of a work's keys (DOI, arXiv id, title; see SameWork.Keys),
/// RowKey = the id of a stored item with that key. Lets one source's copy of a paper find another's.
/// </summary>
internal sealed class WorkKeyEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
}

/// <summary>feedindex: one row per (feed partition, item); RowKey sorts newest first. Json is a copy of the item's when small.</summary>
internal sealed class IndexEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ItemId { get; set; } = "";
    public string? Json { get; set; }
}

/// <summary>status: one row per source (PartitionKey "source", RowKey = source id).</summary>
internal sealed class StatusEntity : ITableEntity
{
    public const string Partition = "source";
    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Json { get; set; } = "";
}
