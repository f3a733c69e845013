package org.laststruggle.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.laststruggle.database.SqlCounter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class TimelineResourceTest {

    private static final String WINDOW = "/api/v1/timeline?from=1922-12&to=1923-03&match=within";

    // ---------------------------------------------------------------- native

    @Test
    void shouldListTheWinterOf1922InDateOrder() {
        List<String> links = List.of(given().get(WINDOW + "&size=20").then().statusCode(200).extract().header("Link").split(", "));
        assertTrue(links.contains("</api/v1/timeline?from=1922-12&to=1923-03&match=within&page=1&size=20>; rel=\"next\""),
                links.toString());
        given().get(WINDOW + "&size=20").then().statusCode(200)
                .body("format", equalTo("native"), "page", equalTo(0), "size", equalTo(20), "items.size()", equalTo(20),
                        "total", greaterThanOrEqualTo(87),
                        // the first day of the window; a month ("end of December 1922") comes after its days
                        "items[0].id", equalTo("letter-to-frumkin-stomonyakov-1922-12-12"),
                        "items[0].kind", equalTo("document"),
                        "items[0].date.edtf", equalTo("1922-12-12"),
                        "items[0].date.precision", equalTo("day"),
                        "items[0].url", equalTo("/api/v1/documents/letter-to-frumkin-stomonyakov-1922-12-12"),
                        // same day: kind then id
                        "items[3].id", equalTo("avanesov-briefs-trotsky-on-his-commission-1922-12-12"),
                        "items[4].id", equalTo("dzerzhinsky-reports-to-lenin-1922-12-12"),
                        "items[3].date.earliest", equalTo("1922-12-12"));
        List<String> ids = given().get(WINDOW + "&size=100").then().statusCode(200).extract().path("items.id");
        assertTrue(ids.indexOf("lenin-dictates-nationalities-notes-1922-12-31") < ids.indexOf("congress-of-soviets-1922-12"),
                ids.toString());
        assertTrue(ids.indexOf("congress-of-soviets-1922-12") < ids.indexOf("letter-to-the-congress-1923-01-04"), ids.toString());
    }

    @Test
    void shouldSortARangeAfterTheDaysItStartsOnAndAMonthAfterItsDays() {
        JsonPath page = given().get("/api/v1/timeline?from=1922-12-23&to=1922-12-23&include=documents").then()
                .statusCode(200).extract().jsonPath();
        List<String> ids = page.getList("items.id");
        // the range ends later than the day of December 23; "December 1922" sorts after every day of December
        assertEquals(List.of("krupskaya-letter-to-kamenev-1922-12-23", "letter-to-the-congress-1922-12-23",
                "letter-to-the-congress", "frumkin-letter-to-lenin-1922-12"), ids);
        assertEquals("range", page.getString("items[2].date.precision"));
        assertEquals("1923-01-04", page.getString("items[2].date.latest"));
        assertEquals("19221231219221231", page.getString("items[3].date.sortKey"));
    }

    @Test
    void shouldIncludeYearDatesThatOverlapTheWindowAfterThatYearsMonths() {
        JsonPath page = given().get("/api/v1/timeline?from=1922-12&to=1923-03&size=100").then().statusCode(200)
                .extract().jsonPath();
        List<String> ids = page.getList("items.id");
        List<String> precisions = page.getList("items.date.precision");
        assertEquals("day", precisions.get(0), "the window opens with a day, not with what is known only to 1922");
        int sokolnikov = ids.indexOf("sokolnikov-commissar-of-finance-1922");
        assertEquals("year", precisions.get(sokolnikov));
        assertTrue(ids.indexOf("congress-of-soviets-1922-12") < sokolnikov, ids.toString());
        assertTrue(sokolnikov < ids.indexOf("letter-to-the-congress-1923-01-04"), ids.toString());
        List<String> keys = page.getList("items.date.sortKey");
        assertEquals(keys.stream().sorted().toList(), keys);
    }

    @Test
    void shouldShowPersonsAndCitationCountOfADocument() {
        given().get("/api/v1/timeline?from=1922-12-24&to=1922-12-24&match=within&include=documents").then().statusCode(200)
                .body("items.id", contains("letter-to-the-congress-1922-12-24"),
                        "items[0].kind", equalTo("document"),
                        "items[0].type", equalTo("note"),
                        "items[0].citationCount", equalTo(14),
                        "items[0].persons.id", contains("lenin", "twelfth-party-congress", "volodicheva"),
                        "items[0].persons.role", contains("author", "recipient", "dictatedTo"),
                        "items[0].url", equalTo("/api/v1/documents/letter-to-the-congress-1922-12-24"));
    }

    @Test
    void shouldFindWordsInTitlesSummariesAndQuotedPassages() {
        // "arrangement" is in no title or summary, only in a quote, and there across a line-end hyphen ("ar- rangement")
        given().get("/api/v1/timeline?q=arrangement").then().statusCode(200)
                .body("items.id", hasItem("lenin-letter-to-stalin-on-monopoly-1922-12-15"));
        given().queryParam("q", "Lenin tells Stalin he has agreed").get("/api/v1/timeline").then().statusCode(200)
                .body("items.id", contains("lenin-letter-to-stalin-on-monopoly-1922-12-15"));
        given().get("/api/v1/timeline?q=ar-+rangement").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldHideDocumentPartsWithTopLevel() {
        String url = "/api/v1/timeline?from=1922-12-24&to=1922-12-24&include=documents";
        given().get(url).then().statusCode(200)
                .body("items.id", hasItems("letter-to-the-congress", "letter-to-the-congress-1922-12-24"));
        given().get(url + "&topLevel=true").then().statusCode(200)
                .body("items.id", hasItem("letter-to-the-congress"),
                        "items.id", not(hasItem("letter-to-the-congress-1922-12-24")));
    }

    @Test
    void shouldKeepOnlyEventsOfAType() {
        given().get(WINDOW + "&type=health").then().statusCode(200)
                .body("items.id", contains("lenin-second-stroke-1922-12-16", "lenin-stroke-1922-12-22",
                        "lenin-third-stroke-1923-03-10"), "total", equalTo(3), "items.kind", everyItem(equalTo("event")));
    }

    @Test
    void shouldKeepEventsAndDocumentsOfAPerson() {
        JsonPath page = given().get(WINDOW + "&person=volodicheva&size=100").then().statusCode(200).extract().jsonPath();
        List<String> ids = page.getList("items.id");
        assertTrue(ids.contains("letter-to-the-congress-1922-12-24"), ids.toString());
        assertTrue(ids.contains("lenin-dictates-letter-to-congress-1922-12-24"), ids.toString());
        assertFalse(page.getList("items.kind").contains("congress"));
    }

    @Test
    void shouldFlagAnUncertainDate() {
        given().get("/api/v1/timeline?from=1922-08-28&to=1922-08-28&match=within").then().statusCode(200)
                .body("items.id", hasItems("stalin-telegram-to-mdivani-1922-08-28", "telegram-to-mdivani-1922-08-28"),
                        "items.find { it.id == 'stalin-telegram-to-mdivani-1922-08-28' }.date.uncertain", is(true),
                        "items.find { it.id == 'stalin-telegram-to-mdivani-1922-08-28' }.date.edtf", equalTo("1922-08-28?"));
        given().get("/api/v1/timeline?from=1922-08-28&to=1922-08-28&match=within&format=timelinejs").then().statusCode(200)
                .body("events.find { it.unique_id == 'stalin-telegram-to-mdivani-1922-08-28' }.display_date",
                        equalTo("28 August [1922] (?)"));
        given().get("/api/v1/timeline?from=1922-08-28&to=1922-08-28&match=within&format=vis").then().statusCode(200)
                .body("items.find { it.id == 'stalin-telegram-to-mdivani-1922-08-28' }.className", containsString("uncertain"),
                        "items.find { it.id == 'stalin-telegram-to-mdivani-1922-08-28' }.title", containsString("(uncertain)"));
    }

    // ---------------------------------------------------------------- TimelineJS3

    @Test
    void shouldExportTheWindowAsTimelineJs() {
        JsonPath js = given().get(WINDOW + "&format=timelinejs").then().statusCode(200)
                .header("X-Total-Count", nullValue()).header("Link", nullValue())
                .body("format", equalTo("timelinejs"), "title.text.headline", equalTo("Lenin's Last Struggle"),
                        "events[0].unique_id", equalTo("letter-to-frumkin-stomonyakov-1922-12-12"),
                        // month precision: year and month, no day, no end
                        "events.find { it.unique_id == 'congress-of-soviets-1922-12' }.start_date",
                        equalTo(Map.of("year", 1922, "month", 12)),
                        "events.find { it.unique_id == 'congress-of-soviets-1922-12' }", not(hasKey("end_date")),
                        "events.find { it.unique_id == 'congress-of-soviets-1922-12' }.group", equalTo("congress"),
                        // a disputed date: from the first claimed day to the last
                        "events.find { it.unique_id == 'lenin-second-stroke-1922-12-16' }.start_date",
                        equalTo(Map.of("year", 1922, "month", 12, "day", 12)),
                        "events.find { it.unique_id == 'lenin-second-stroke-1922-12-16' }.end_date",
                        equalTo(Map.of("year", 1922, "month", 12, "day", 16)),
                        "events.find { it.unique_id == 'lenin-second-stroke-1922-12-16' }.display_date",
                        equalTo("December 12, 13, 15 or 16, 1922 (disputed)"),
                        "events.find { it.unique_id == 'letter-to-the-congress' }.start_date",
                        equalTo(Map.of("year", 1922, "month", 12, "day", 23)),
                        "events.find { it.unique_id == 'letter-to-the-congress' }.end_date",
                        equalTo(Map.of("year", 1923, "month", 1, "day", 4)),
                        "events.find { it.unique_id == 'letter-to-the-congress' }.display_date",
                        equalTo("December 23, 1922 - January 4, 1923"),
                        "events.find { it.unique_id == 'letter-to-the-congress' }.text.headline",
                        equalTo("Letter to the Congress (Lenin&#39;s &quot;Testament&quot;)"),
                        "events.find { it.unique_id == 'letter-to-the-congress' }.text.text",
                        containsString("<li>Lenin&#39;s Fight Against Stalinism, p. 63: \u201cLetter to the congress\u201d</li>"))
                .extract().jsonPath();
        int total = given().get(WINDOW).then().extract().path("total");
        assertEquals(total, js.getList("events").size());
        assertValidTimelineJs(js);
    }

    @Test
    void shouldExportTheWholeChronologyInOneDocumentWhateverThePaging() {
        int total = given().get("/api/v1/timeline?size=1").then().statusCode(200).extract().path("total");
        assertTrue(total > 300, "the whole chronology: " + total);
        JsonPath js = given().get("/api/v1/timeline?format=timelinejs").then().statusCode(200).extract().jsonPath();
        assertEquals(total, js.getList("events").size(), "every entry, no paging");
        assertValidTimelineJs(js);
        JsonPath vis = given().get("/api/v1/timeline?format=vis").then().statusCode(200).extract().jsonPath();
        assertEquals(total, vis.getList("items").size(), "every entry, no paging");
        assertEquals(js.getList("events.unique_id"), vis.getList("items.id"), "the same entries in the same order");
        // page and size do not apply to the export formats
        assertEquals(given().get("/api/v1/timeline?format=vis").asString(),
                given().get("/api/v1/timeline?format=vis&size=5&page=3").asString());
    }

    static void assertValidTimelineJs(JsonPath js) {
        List<Map<String, Object>> events = js.getList("events");
        assertFalse(events.isEmpty());
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> e : events) {
            String where = String.valueOf(e.get("unique_id"));
            assertTrue(e.get("start_date") instanceof Map, "start_date required: " + where);
            checkJsDate((Map<?, ?>) e.get("start_date"), where);
            if (e.containsKey("end_date")) {
                checkJsDate((Map<?, ?>) e.get("end_date"), where);
                assertFalse(jsDate((Map<?, ?>) e.get("end_date"), true).isBefore(jsDate((Map<?, ?>) e.get("start_date"), false)),
                        "end before start: " + where);
            }
            Map<?, ?> text = (Map<?, ?>) e.get("text");
            assertTrue(text != null || e.get("media") != null, "text or media required: " + where);
            assertTrue(text.get("headline") instanceof String h && !h.isBlank(), "headline: " + where);
            assertTrue(e.get("unique_id") instanceof String u && !u.isBlank(), "unique_id: " + where);
            assertTrue(ids.add(where), "unique_id not unique: " + where);
            assertTrue(e.get("display_date") instanceof String, "display_date: " + where);
        }
    }

    private static void checkJsDate(Map<?, ?> d, String where) {
        assertTrue(d.get("year") instanceof Integer, "year must be a number: " + where);
        if (d.containsKey("month")) {
            assertTrue(d.get("month") instanceof Integer m && m >= 1 && m <= 12, "month 1-12: " + where);
        }
        if (d.containsKey("day")) {
            assertTrue(d.containsKey("month"), "day without month: " + where);
            assertTrue(d.get("day") instanceof Integer day && day >= 1 && day <= 31, "day: " + where);
        }
        for (Object k : d.keySet()) {
            assertTrue(Set.of("year", "month", "day", "display_date").contains(k), "unexpected date field " + k + ": " + where);
        }
    }

    private static LocalDate jsDate(Map<?, ?> d, boolean end) {
        int y = (Integer) d.get("year");
        Integer m = (Integer) d.get("month");
        Integer day = (Integer) d.get("day");
        LocalDate first = LocalDate.of(y, m == null ? 1 : m, day == null ? 1 : day);
        if (!end) return first;
        if (day != null) return first;
        return m == null ? first.withDayOfYear(first.lengthOfYear()) : first.withDayOfMonth(first.lengthOfMonth());
    }

    // ---------------------------------------------------------------- vis-timeline

    @Test
    void shouldExportTheWindowAsVisTimeline() {
        JsonPath vis = given().get(WINDOW + "&format=vis").then().statusCode(200)
                .body("format", equalTo("vis"), "groups.id", contains("event", "document", "congress"),
                        "items[0].id", equalTo("letter-to-frumkin-stomonyakov-1922-12-12"),
                        "items.find { it.id == 'congress-of-soviets-1922-12' }.start", equalTo("1922-12-01"),
                        "items.find { it.id == 'congress-of-soviets-1922-12' }.end", equalTo("1923-01-01"),
                        "items.find { it.id == 'congress-of-soviets-1922-12' }.type", equalTo("range"),
                        "items.find { it.id == 'congress-of-soviets-1922-12' }.className", equalTo("congress imprecise"),
                        "items.find { it.id == 'letter-to-the-congress' }.start", equalTo("1922-12-23"),
                        // vis end is exclusive: the day after January 4
                        "items.find { it.id == 'letter-to-the-congress' }.end", equalTo("1923-01-05"),
                        "items.find { it.id == 'letter-to-the-congress' }.type", equalTo("range"),
                        "items.find { it.id == 'lenin-second-stroke-1922-12-16' }.start", equalTo("1922-12-12"),
                        "items.find { it.id == 'lenin-second-stroke-1922-12-16' }.end", equalTo("1922-12-17"),
                        "items.find { it.id == 'lenin-second-stroke-1922-12-16' }.type", equalTo("range"),
                        "items.find { it.id == 'lenin-second-stroke-1922-12-16' }.className", equalTo("event health disputed"),
                        "items.find { it.id == 'lenin-second-stroke-1922-12-16' }.group", equalTo("event"),
                        "items.find { it.id == 'lenin-second-stroke-1922-12-16' }.title",
                        equalTo("December 12, 13, 15 or 16, 1922 (disputed): Lenin suffers the strokes of mid-December 1922"))
                .extract().jsonPath();
        assertValidVis(vis);
    }

    static void assertValidVis(JsonPath vis) {
        List<Map<String, Object>> items = vis.getList("items");
        Set<Object> groups = new HashSet<>(vis.getList("groups.id"));
        for (Map<String, Object> g : vis.<Map<String, Object>>getList("groups")) {
            assertTrue(g.get("content") instanceof String c && !c.isBlank(), "group content");
        }
        assertFalse(items.isEmpty());
        Set<Object> ids = new HashSet<>();
        for (Map<String, Object> i : items) {
            Object id = i.get("id");
            assertNotNull(id, "id required");
            assertTrue(ids.add(id), "id not unique: " + id);
            assertTrue(i.get("content") instanceof String c && !c.isBlank(), "content: " + id);
            LocalDate start = LocalDate.parse((String) i.get("start"));
            String type = (String) i.get("type");
            assertTrue(Set.of("box", "point", "range").contains(type), "type: " + id);
            if (i.get("end") != null) {
                assertTrue(LocalDate.parse((String) i.get("end")).isAfter(start), "end after start: " + id);
                assertEquals("range", type, "an item with an end is a range: " + id);
            } else {
                assertFalse("range".equals(type), "a range needs an end: " + id);
            }
            assertTrue(groups.contains(i.get("group")), "group must be one of the groups: " + id);
            assertTrue(i.get("title") instanceof String t && !t.isBlank(), "title: " + id);
        }
    }

    // ---------------------------------------------------------------- errors, paging, SQL

    @Test
    void shouldRejectAnUnknownFormatListingTheFormats() {
        given().get("/api/v1/timeline?format=xml").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("format"),
                        "errors[0].detail", containsString("native, timelinejs, vis"));
    }

    @Test
    void shouldRejectBadFilters() {
        given().get("/api/v1/timeline?include=letters").then().statusCode(400).body("errors[0].name", equalTo("include"));
        given().get("/api/v1/timeline?type=stroke").then().statusCode(400).body("errors[0].name", equalTo("type"));
        given().get("/api/v1/timeline?topLevel=yes").then().statusCode(400).body("errors[0].name", equalTo("topLevel"));
        given().get("/api/v1/timeline?person=nobody-at-all").then().statusCode(400).body("errors[0].name", equalTo("person"));
        given().get("/api/v1/timeline?from=1923-13").then().statusCode(400).body("errors[0].name", equalTo("from"));
        given().get("/api/v1/timeline?match=inside").then().statusCode(400).body("errors[0].name", equalTo("match"));
        given().get("/api/v1/timeline?page=-1").then().statusCode(400).body("errors[0].name", equalTo("page"));
    }

    @Test
    void shouldClampTheSize() {
        given().get(WINDOW + "&size=0").then().statusCode(200).body("size", equalTo(1), "items.size()", equalTo(1));
        given().get(WINDOW + "&size=1000").then().statusCode(200).body("size", equalTo(100));
    }

    @Test
    void shouldRunAConstantNumberOfStatements() {
        for (String format : List.of("native", "timelinejs", "vis")) {
            String url = "/api/v1/timeline?from=1922&to=1923&format=" + format + "&person=lenin";
            long one = SqlCounter.count(() -> given().get(url + "&size=1").then().statusCode(200));
            long hundred = SqlCounter.count(() -> given().get(url + "&size=100").then().statusCode(200));
            assertEquals(one, hundred, format);
            assertEquals(2, hundred, format + ": the person check, then the page");
        }
    }

    private static org.hamcrest.Matcher<String> notNullHeader() {
        return org.hamcrest.Matchers.notNullValue(String.class);
    }
}
