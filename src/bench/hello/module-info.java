/** The benchmark's baseline: a bare JavaFX stage, packaged exactly like the product (scripts/bench-startup.sh). */
module bench.hello {
    requires javafx.controls;

    exports org.balancingact.bench;
}
