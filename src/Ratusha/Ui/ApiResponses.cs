using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Ratusha.Ui;

/// <summary>
/// The answers every operation can give besides its own, written into the OpenAPI document so that it describes the API
/// as it behaves (checked by bench/Ratusha.Load fuzz): 400 for unreadable input (InputGuard, binding), 401/403 where a
/// log-in or role is needed, 404 where the path names a record, 409/413/415 where a body is sent, 429 where a rate limit
/// applies, 503 when the database is briefly gone. Every 4xx/5xx of the API is an RFC 9457 problem.
/// </summary>
internal static class ApiResponses
{
    private const string Problem = "application/problem+json";
    private const string ProblemSchema = "ProblemDetails";
    private const string Session = "session";

    private static readonly Dictionary<string, string> FileTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".pdf"] = "application/pdf",
        [".csv"] = "text/csv",
        [".json"] = "application/json",
    };

    public static void Add(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas.TryAdd(ProblemSchema, new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "RFC 9457 problem details; title in Ukrainian.",
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
                    ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                },
            });
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Session] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "ratusha.auth",
                Description = "Cookie сеансу, яку ставить POST /api/v1/auth/login.",
            };
            document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
            foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/');
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var method = context.Description.HttpMethod ?? "GET";
            var hasBody = operation.RequestBody is not null;
            operation.Responses ??= new OpenApiResponses();
            var anonymous = metadata.OfType<IAllowAnonymous>().Any();
            operation.Security =
            [
                anonymous ? new OpenApiSecurityRequirement() : new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Session, context.Document)] = [] },
            ];
            var add = new List<(string Status, string Description)> { ("400", "Некоректний запит") };
            if (!anonymous)
            {
                add.Add(("401", "Потрібно увійти в систему"));
                add.Add(("403", "Недостатньо прав"));
            }
            if (context.Description.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path))
                add.Add(("404", "Не знайдено"));
            if (!HttpMethods.IsGet(method))
                add.Add(("409", "Конфлікт: запис змінено або вже існує"));
            if (hasBody)
            {
                add.Add(("413", "Завеликий запит"));
                add.Add(("415", "Непідтримуваний тип вмісту"));
            }
            if (metadata.OfType<EnableRateLimitingAttribute>().Any() || context.Description.RelativePath?.StartsWith("api/v1/open-data", StringComparison.Ordinal) == true)
                add.Add(("429", "Забагато запитів"));
            add.Add(("503", "База даних тимчасово недоступна"));
            // Downloads say what they are: the file type of the route's extension.
            var extension = Path.GetExtension(context.Description.RelativePath ?? "");
            if (FileTypes.TryGetValue(extension, out var fileType))
            {
                if (!operation.Responses.TryGetValue("200", out var ok)) operation.Responses["200"] = ok = new OpenApiResponse { Description = "Файл" };
                if (ok is OpenApiResponse { Content: null or { Count: 0 } } file)
                    file.Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [fileType] = new OpenApiMediaType
                        {
                            Schema = extension == ".json"
                                ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.Object } }
                                : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        },
                    };
            }
            // A stored file (an attachment) comes back with the type it was stored with.
            if (!operation.Responses.Keys.Any(k => k.StartsWith('2')))
                operation.Responses["200"] = new OpenApiResponse
                {
                    Description = "Файл у його власному форматі",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["*/*"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                    },
                };
            foreach (var (status, description) in add)
                operation.Responses.TryAdd(status, new OpenApiResponse { Description = description });
            // Every error answer of the API is a problem (UseStatusCodePages writes one for an empty 4xx/5xx).
            foreach (var (status, response) in operation.Responses.ToList())
                if (status[0] is '4' or '5' && response is OpenApiResponse { Content: null or { Count: 0 } } plain)
                    plain.Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [Problem] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) },
                    };
            return Task.CompletedTask;
        });
    }
}
