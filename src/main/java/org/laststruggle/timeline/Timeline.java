package org.laststruggle.timeline;

import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A body of GET /timeline: one of three shapes, told apart by its format property, which always
 * equals the format parameter of the request.
 */
@Schema(name = "Timeline", description = "The timeline in the format asked for: a page of TimelineItem (format=native),"
        + " TimelineJS3 JSON (timelinejs) or vis-timeline data (vis). The format property names the shape.",
        oneOf = {TimelinePage.class, TimelineJs.class, VisTimeline.class}, discriminatorProperty = "format",
        discriminatorMapping = {
            @DiscriminatorMapping(value = "native", schema = TimelinePage.class),
            @DiscriminatorMapping(value = "timelinejs", schema = TimelineJs.class),
            @DiscriminatorMapping(value = "vis", schema = VisTimeline.class)})
public sealed interface Timeline permits TimelinePage, TimelineJs, VisTimeline {
    String format();
}
