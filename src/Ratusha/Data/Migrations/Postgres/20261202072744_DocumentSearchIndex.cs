using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DocumentSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The journal's search (DocumentViews) is a substring of documents.search_text (index, summary, correspondent
            // and their number, in lower case; written with every document, by the bulk seeder too): a trigram index
            // serves that LIKE for the words that are rare, where walking the journal in order would read all of it.
            // pg_trgm is a trusted extension of the standard contrib set: the database owner may create it.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE INDEX ix_documents_search_text ON documents USING gin (search_text gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_documents_search_text;");
        }
    }
}
