package org.podium.results.internal.web;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.UnitResult;

/**
 * A unit result as XML for agencies and broadcasters, in the spirit of the Olympic Data Feed but in
 * Podium's own documented schema (docs/results-xml.md), written with the JDK's StAX writer.
 */
final class UnitResultXml {

    static final String NAMESPACE = "urn:podium:results:1";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private UnitResultXml() {
    }

    static String of(Unit unit, UnitResult result) {
        try {
            var out = new StringWriter();
            var xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("UnitResult");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("unit", unit.code());
            xml.writeAttribute("event", unit.eventCode());
            xml.writeAttribute("discipline", unit.disciplineCode());
            xml.writeAttribute("version", String.valueOf(result.version()));
            xml.writeAttribute("status", result.status().name());
            xml.writeAttribute("published", result.at().toString());
            element(xml, "Name", unit.name());
            if (unit.venueTag() != null) {
                element(xml, "Venue", unit.venueTag());
            }
            xml.writeStartElement("Entries");
            for (var entry : result.entries()) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the XML of " + unit.code(), e);
        }
    }

    private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        xml.writeStartElement("Entry");
        xml.writeAttribute("competitor", entry.competitorCode());
        xml.writeAttribute("type", entry.competitorType());
        xml.writeAttribute("noc", entry.noc());
        if (entry.rank() != null) {
            xml.writeAttribute("rank", String.valueOf(entry.rank()));
            xml.writeAttribute("rankEqual", String.valueOf(entry.rankEqual()));
        }
        if (entry.irm() != null) {
            xml.writeAttribute("irm", entry.irm());
        }
        if (entry.wlt() != null) {
            xml.writeAttribute("wlt", entry.wlt());
        }
        element(xml, "Name", entry.competitorName());
        if (entry.value() != null) {
            xml.writeStartElement("Value");
            xml.writeAttribute("type", entry.resultType());
            xml.writeCharacters(entry.value());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
