namespace MemberCard.Api.IntegrationTests.Validation;

using System.Globalization;

/// <summary>
/// Invalid application forms, each the valid <see cref="ValidBody"/> with one field broken, for both the online
/// (shopper) and the offline (branch) route.
/// </summary>
public static class CardApplicationCases
{
    public const string Online = "/api/v1/me/card-applications";
    public const string Offline = "/api/v1/branch/card-applications";

    public const string ValidBody =
        """{"name":"张三","gender":"Female","birthDate":"1990-05-12","phone":"13800138000","address":"深圳市南山区科技园","email":"zhang.san@example.com"}""";

    private static readonly string[] Routes = [Online, Offline];

    /// <summary>Rows (route, body, field) the validators reject: 400 <c>validation_failed</c>.</summary>
    public static TheoryData<string, string, string> RejectedByValidation()
    {
        var chinaToday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        (string Body, string Field)[] cases =
        [
            (RawJson.Without(ValidBody, "name"), "name"),
            (RawJson.Without(ValidBody, "gender"), "gender"),
            (RawJson.Without(ValidBody, "birthDate"), "birthDate"),
            (RawJson.Without(ValidBody, "phone"), "phone"),
            (RawJson.With(ValidBody, "name", "\"   \""), "name"),
            (RawJson.With(ValidBody, "name", RawJson.StringOf(51, '张')), "name"),
            (RawJson.With(ValidBody, "phone", "\"123\""), "phone"),
            (RawJson.With(ValidBody, "phone", "\"23800138000\""), "phone"),
            (RawJson.With(ValidBody, "phone", "\"1380013800a\""), "phone"),
            (RawJson.With(ValidBody, "birthDate", Date(chinaToday.AddDays(30))), "birthDate"),
            (RawJson.With(ValidBody, "birthDate", Date(chinaToday.AddYears(-130))), "birthDate"),
            (RawJson.With(ValidBody, "address", RawJson.StringOf(201)), "address"),
            (RawJson.With(ValidBody, "email", "\"not-an-email\""), "email"),
            (RawJson.With(ValidBody, "email", "\"" + new string('a', 250) + "@example.com\""), "email"),
            (RawJson.With(ValidBody, "branchCode", RawJson.StringOf(21, 'B')), "branchCode"),
        ];
        return ForEachRoute(cases);
    }

    /// <summary>Rows (route, body, field) the JSON reader cannot bind: 400 <c>body_invalid</c> naming the field.</summary>
    public static TheoryData<string, string, string> UnreadableFields()
    {
        (string Body, string Field)[] cases =
        [
            (RawJson.With(ValidBody, "birthDate", "\"not-a-date\""), "birthDate"),
            (RawJson.With(ValidBody, "gender", "\"Alien\""), "gender"),
            (RawJson.With(ValidBody, "gender", "1"), "gender"),
            (RawJson.With(ValidBody, "gender", "\"Female,Male\""), "gender"),
            (RawJson.With(ValidBody, "name", "12345"), "name"),
            (RawJson.With(ValidBody, "phone", "13800138000"), "phone"),
        ];
        return ForEachRoute(cases);
    }

    /// <summary>Rows (route, body) whose whole body is unusable: 400 <c>body_invalid</c> naming "body".</summary>
    public static TheoryData<string, string> UnreadableBodies()
    {
        string[] bodies =
        [
            "this is not json",
            """[{"name":"张三","gender":"Female","birthDate":"1990-05-12","phone":"13800138000"}]""",
        ];
        var data = new TheoryData<string, string>();
        foreach (var route in Routes)
        {
            foreach (var body in bodies)
            {
                data.Add(route, body);
            }
        }

        return data;
    }

    public static TheoryData<string> BothRoutes() => new(Routes);

    private static string Date(DateOnly date) => "\"" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"";

    private static TheoryData<string, string, string> ForEachRoute((string Body, string Field)[] cases)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var route in Routes)
        {
            foreach (var (body, field) in cases)
            {
                data.Add(route, body, field);
            }
        }

        return data;
    }
}
