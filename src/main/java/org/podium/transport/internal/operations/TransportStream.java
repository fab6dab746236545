package org.podium.transport.internal.operations;

import org.podium.platform.LiveStream;
import org.springframework.stereotype.Component;

/** The transport operations page's live stream: a new plan, vehicles moved on the Games clock. */
@Component
public class TransportStream extends LiveStream {
}
