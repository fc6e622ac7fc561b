namespace Ratusha.Ui;

/// <summary>Problem details speak Ukrainian: the framework's English reason phrases are replaced by status.</summary>
internal static class UkrainianProblems
{
    private static readonly Dictionary<int, string> Titles = new()
    {
        [400] = "Некоректний запит.",
        [401] = "Потрібно увійти в систему.",
        [403] = "Недостатньо прав для цієї дії.",
        [404] = "Не знайдено.",
        [405] = "Цей метод тут не підтримується.",
        [409] = "Запис уже змінив інший користувач. Оновіть дані й спробуйте знову.",
        [413] = "Завеликий запит.",
        [415] = "Непідтримуваний тип вмісту.",
        [429] = "Забагато запитів. Спробуйте пізніше.",
        [500] = "Внутрішня помилка сервера. Спробуйте пізніше.",
        [503] = "Сервіс тимчасово недоступний. Спробуйте пізніше.",
    };

    public static void Customize(Microsoft.AspNetCore.Http.ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Extensions.Remove("exception");
        if (problem.Status is { } status && Titles.TryGetValue(status, out var title)
            && (problem.Title is null || !ContainsCyrillic(problem.Title)))
            problem.Title = title;
    }

    private static bool ContainsCyrillic(string text) => text.Any(c => c is >= 'Ѐ' and <= 'ӿ');
}
