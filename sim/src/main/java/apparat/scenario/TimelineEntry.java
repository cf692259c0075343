package apparat.scenario;

import apparat.model.Month;
import java.util.Map;

/**
 * One validated event of a scenario's timeline, before it is compiled for the model.
 *
 * @param id the event's key under {@code timeline:}
 * @param month when it fires
 * @param type one of {@link EventCatalog#TYPES}
 * @param label short text for chart markers
 * @param citation where the event's date and figures come from
 * @param fields the type's fields, every one filled (defaults included), by dotted name
 * @param set for a {@code rule} event: the parameters it changes, validated
 * @param setCitations the citation of each changed parameter
 * @param fieldCitations the citation of each field the scenario set (fields left at their default have none)
 * @param where file:line of the event in the scenario
 */
public record TimelineEntry(String id, Month month, String type, String label, Citation citation,
                            Map<String, Object> fields, Map<String, Object> set,
                            Map<String, Citation> setCitations, Map<String, Citation> fieldCitations,
                            String where) {
}
