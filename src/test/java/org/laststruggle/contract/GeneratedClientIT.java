package org.laststruggle.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laststruggle.client.ApiClient;
import org.laststruggle.client.ApiException;
import org.laststruggle.client.api.BodiesApi;
import org.laststruggle.client.api.CongressesApi;
import org.laststruggle.client.api.DisputesApi;
import org.laststruggle.client.api.DocumentsApi;
import org.laststruggle.client.api.EventsApi;
import org.laststruggle.client.api.PersonsApi;
import org.laststruggle.client.api.SearchApi;
import org.laststruggle.client.api.SourcesApi;
import org.laststruggle.client.api.TimelineApi;
import org.laststruggle.client.model.DocumentKind;
import org.laststruggle.client.model.EventSummaryPage;
import org.laststruggle.client.model.EventType;
import org.laststruggle.client.model.Problem;
import org.laststruggle.client.model.SearchKind;
import org.laststruggle.client.model.Timeline;
import org.laststruggle.client.model.TimelineJs;
import org.laststruggle.client.model.TimelinePage;
import org.laststruggle.client.model.VisTimeline;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * A Java client generated from the committed openapi/openapi.yaml by openapi-generator 7.25.0 during
 * the build (java, library native: see the pom), used as it comes against the packaged application:
 * every resource listed and fetched, a date window, the three timeline formats (each parsed as its
 * own shape through the discriminator), search, and a 404 and a 400 read as problems. Whatever such
 * a client cannot do without hand-fixing is a defect of the spec.
 */
@QuarkusIntegrationTest
class GeneratedClientIT {

    @TestHTTPResource("/")
    URL url;

    private ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient();
        client.updateBaseUri(url.toString().replaceAll("/$", ""));
    }

    @Test
    void listsAndFetchesEveryResource() throws Exception {
        var persons = new PersonsApi(client).listPersons(PersonsApi.APIListPersonsRequest.newBuilder().size(100).build());
        assertEquals(55, persons.getTotal());
        var lenin = new PersonsApi(client).getPerson("lenin");
        assertEquals("lenin", lenin.getId());
        assertFalse(lenin.getDocuments().isEmpty());

        var bodies = new BodiesApi(client).listBodies(BodiesApi.APIListBodiesRequest.newBuilder().build());
        assertEquals(21, bodies.getTotal());
        assertEquals("party-organ", new BodiesApi(client).getBody("politburo").getKind().getValue());

        var documents = new DocumentsApi(client).listDocuments(DocumentsApi.APIListDocumentsRequest.newBuilder()
                .kind(Set.of(DocumentKind.NOTE)).partOf("letter-to-the-congress").build());
        assertEquals(6, documents.getTotal());
        var doc = new DocumentsApi(client).getDocument("letter-to-the-congress");
        assertNull(doc.getPartOf(), "a whole is part of nothing: null, read as null");
        assertEquals(6, doc.getParts().size());
        assertEquals("letter-to-trotsky-1923-03-05", new DocumentsApi(client).getLetter("letter-to-trotsky-1923-03-05").getId());
        assertTrue(new DocumentsApi(client).listLetters(DocumentsApi.APIListLettersRequest.newBuilder().build()).getTotal() > 0);

        var congresses = new CongressesApi(client).listCongresses(CongressesApi.APIListCongressesRequest.newBuilder().build());
        assertEquals(30, congresses.getTotal());
        assertEquals(12, new CongressesApi(client).getCongress("twelfth-party-congress").getNumber());

        var disputes = new DisputesApi(client).listDisputes(DisputesApi.APIListDisputesRequest.newBuilder().build());
        assertTrue(disputes.getTotal() >= 44);
        assertFalse(new DisputesApi(client).getDispute("date-of-postscript-on-stalin").getClaims().isEmpty());

        var sources = new SourcesApi(client);
        assertEquals(5, sources.listSources(SourcesApi.APIListSourcesRequest.newBuilder().build()).getTotal());
        var pathfinder = sources.getSource("pathfinder-1975");
        String text = sources.getSourceText("pathfinder-1975");
        assertEquals(pathfinder.getLength(), text.codePointCount(0, text.length()));
        var passages = sources.listPassages(SourcesApi.APIListPassagesRequest.newBuilder().id("pathfinder-1975")
                .printedPage(64).build());
        assertTrue(passages.getTotal() > 0);
        var passage = sources.getPassage(passages.getItems().get(0).getId());
        assertEquals(64, passage.getPage());
        var first = sources.getPassage("north-2022-0000");
        assertNull(first.getPrev());
        assertNull(first.getPage());
    }

    @Test
    void readsADateWindow() throws Exception {
        EventSummaryPage page = new EventsApi(client).listEvents(EventsApi.APIListEventsRequest.newBuilder()
                .from("1922-12").to("1923-03").match("within").type(EventType.HEALTH).size(100).build());
        assertTrue(page.getTotal() > 0);
        page.getItems().forEach(e -> {
            assertFalse(e.getDate().getEarliest().isBefore(LocalDate.of(1922, 12, 1)), e.getId());
            assertFalse(e.getDate().getLatest().isAfter(LocalDate.of(1923, 3, 31)), e.getId());
        });
        var event = new EventsApi(client).getEvent(page.getItems().get(0).getId());
        assertEquals(page.getItems().get(0).getTitle(), event.getTitle());
    }

    @Test
    void readsEachTimelineFormatAsItsOwnShape() throws Exception {
        TimelineApi api = new TimelineApi(client);
        Timeline nativeFormat = api.listTimeline(TimelineApi.APIListTimelineRequest.newBuilder().build());
        TimelinePage page = nativeFormat.getTimelinePage();
        assertEquals(20, page.getItems().size());
        long total = page.getTotal();
        assertTrue(total > 300);
        TimelineJs js = api.listTimeline(TimelineApi.APIListTimelineRequest.newBuilder().format("timelinejs").build())
                .getTimelineJs();
        assertEquals(total, js.getEvents().size(), "the whole chronology in one document");
        assertEquals("Lenin's Last Struggle", js.getTitle().getText().getHeadline());
        VisTimeline vis = api.listTimeline(TimelineApi.APIListTimelineRequest.newBuilder().format("vis").build())
                .getVisTimeline();
        assertEquals(total, vis.getItems().size());
        assertFalse(vis.getGroups().isEmpty());
        assertThrows(ClassCastException.class, nativeFormat::getTimelineJs, "exactly one shape");
    }

    @Test
    void searches() throws Exception {
        var hits = new SearchApi(client).listSearchHits(SearchApi.APIListSearchHitsRequest.newBuilder()
                .q("\"general secretary\"").kind(Set.of(SearchKind.PASSAGE)).build());
        assertTrue(hits.getTotal() > 0);
        assertEquals("passage", hits.getItems().get(0).getKind().getValue());
        assertNotNull(hits.getItems().get(0).getCitation());
    }

    @Test
    void readsProblems() throws Exception {
        ApiException notFound = assertThrows(ApiException.class, () -> new PersonsApi(client).getPerson("kamenevv"));
        assertEquals(404, notFound.getCode());
        Problem p404 = client.getObjectMapper().readValue(notFound.getResponseBody(), Problem.class);
        assertEquals("https://laststruggle.org/problems/not-found", p404.getType());
        assertTrue(p404.getDetail().contains("kamenevv"));

        ApiException bad = assertThrows(ApiException.class, () -> new EventsApi(client).listEvents(
                EventsApi.APIListEventsRequest.newBuilder().from("0000").size(-1).build()));
        assertEquals(400, bad.getCode());
        Problem p400 = client.getObjectMapper().readValue(bad.getResponseBody(), Problem.class);
        assertEquals(400, p400.getStatus());
        assertEquals(2, p400.getErrors().size());
        assertEquals("from", p400.getErrors().get(0).getName());
        assertEquals("size", p400.getErrors().get(1).getName());
    }
}
