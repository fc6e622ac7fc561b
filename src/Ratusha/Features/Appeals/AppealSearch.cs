using System.Text;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;

namespace Ratusha.Features.Appeals;

/// <summary>
/// Full-text search over the applicant (name, address, phone, e-mail) and the text of appeals: PostgreSQL's tsvector
/// column with a GIN index, or SQLite's FTS5 table kept by triggers (both created by the AnswersAttachmentsSearch
/// migration; a later SQLite migration that rebuilds the appeals table must recreate the triggers). Every word of the
/// query must occur, each as a word prefix, so «Коваленк» finds «Коваленко» and «Коваленка». A query shaped like an
/// index is looked up as one.
/// </summary>
internal static partial class AppealSearch
{
    /// <summary>A registration index («К-123», «КО-17», «БП-4»): looked up exactly, not as words.</summary>
    public static bool LooksLikeIndex(string? query) => query is not null && IndexPattern().IsMatch(query.Trim());

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{L}{1,3}-\d+$")]
    private static partial System.Text.RegularExpressions.Regex IndexPattern();

    /// <summary>
    /// The appeals matching every word of <paramref name="query"/>, as the base of a query to compose with filters and
    /// paging. On PostgreSQL the match is a row predicate, so the planner chooses per word: the GIN index for a rare
    /// word, the ordered walk for a common one.
    /// </summary>
    public static IQueryable<Appeal>? Matching(RatushaDb db, string? query)
    {
        var words = Words(query);
        if (words.Count == 0) return null;
        if (db is SqliteRatushaDb)
        {
            var match = string.Join(' ', words.Select(w => $"\"{w}\"*"));
            return db.Appeals.FromSql($"SELECT * FROM appeals WHERE id IN (SELECT appeal_id FROM appeals_fts WHERE appeals_fts MATCH {match})");
        }
        var tsquery = string.Join(" & ", words.Select(w => $"{w}:*"));
        return db.Appeals.FromSql($"SELECT * FROM appeals WHERE search @@ to_tsquery('simple', {tsquery})");
    }

    /// <summary>The words of a query: letters and digits only (no operators reach the engines), at most eight.</summary>
    public static List<string> Words(string? query)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var ch in (query ?? "").Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(ch)) word.Append(char.ToLowerInvariant(ch));
            else Flush();
        }
        Flush();
        return [.. words.Distinct().Take(8)];

        void Flush()
        {
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
    }
}
