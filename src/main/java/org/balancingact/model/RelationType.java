package org.balancingact.model;

import java.util.Arrays;

/**
 * The typed relations the format knows. Symmetric ones read the same both ways
 * ("Russia negotiates with Ukraine"), so views draw them without an arrowhead.
 */
public enum RelationType {
    ALLY_OF("ally-of", "ally of", false),
    LEADS("leads", "leads", true),
    SERVES("serves", "serves", true),
    MEMBER_OF("member-of", "member of", true),
    SUPPORTS("supports", "supports", true),
    OPPOSES("opposes", "opposes", true),
    SANCTIONS("sanctions", "sanctions", true),
    DOES_NOT_RECOGNISE("does-not-recognise", "does not recognise", true),
    INVADES("invades", "invades", true),
    HOSTS("hosts", "hosts", true),
    STATIONS_TROOPS_IN("stations-troops-in", "stations troops in", true),
    REFUGE_IN("refuge-in", "takes refuge in", true),
    NEGOTIATES_WITH("negotiates-with", "negotiates with", false),
    MEDIATES("mediates", "mediates for", true),
    REPRESSES("represses", "represses", true),
    SUBSIDISES("subsidises", "subsidises", true),
    PROPS_UP("props-up", "props up", true),
    COURTS("courts", "courts", true),
    CRITICISES("criticises", "criticises", true);

    private final String jsonValue;
    private final String label;
    private final boolean directed;

    RelationType(String jsonValue, String label, boolean directed) {
        this.jsonValue = jsonValue;
        this.label = label;
        this.directed = directed;
    }

    public String jsonValue() {
        return jsonValue;
    }

    /** Reads between the two actor names: "Belarus — ally of — Russia". */
    public String label() {
        return label;
    }

    public boolean isDirected() {
        return directed;
    }

    public static RelationType fromJson(String value) {
        return Arrays.stream(values())
                .filter(t -> t.jsonValue.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown relation type " + value));
    }
}
