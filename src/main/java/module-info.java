/**
 * Balancing Act: a desktop explorer of the Belarus–Russia–Ukraine timeline.
 * Arrows point one way: app → shell → present → {timeline, network, quotes} → explore → index → model ← data.
 */
module org.balancingact {
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires com.fasterxml.jackson.databind;
    requires com.networknt.schema;
    requires com.fasterxml.jackson.dataformat.csv; // issue 8: CSV import
    requires org.jgrapht.core;
    requires org.kordamp.ikonli.javafx; // issue 4: an icon per actor kind
    requires org.kordamp.ikonli.materialdesign2;
    requires java.prefs;

    requires javafx.swing;
    requires java.desktop;
    requires com.github.librepdf.openpdf;

    exports org.balancingact.app;
    exports org.balancingact.i18n;
    exports org.balancingact.model;
    exports org.balancingact.data;
    exports org.balancingact.index;
    exports org.balancingact.explore;
    exports org.balancingact.timeline;
    exports org.balancingact.network;
    exports org.balancingact.quotes;
    exports org.balancingact.shell;
    exports org.balancingact.present; // issue 14: the stage, the presenter console, the choice of screens

    opens org.balancingact.data;
}
