package org.balancingact.network;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.balancingact.explore.Emphasis;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Actor;
import org.balancingact.model.HistoricalDate;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An actor on the network: a shape and an icon that say its kind ({@link KindMark}) — never colour
 * alone — and its name under it. The node's origin is the shape's centre. Nodes live as long as the
 * dataset: a date change only resizes those whose number of relations changed, so the scene graph is
 * not rebuilt, nor every node restyled, each time the cursor moves.
 */
final class ActorNode extends Group {
    static final PseudoClass PINNED = PseudoClass.getPseudoClass("pinned");
    static final PseudoClass KEYBOARD = PseudoClass.getPseudoClass("keyboard");
    static final PseudoClass CROWDED = PseudoClass.getPseudoClass("crowded");
    static final PseudoClass CHAIN = PseudoClass.getPseudoClass("chain");
    /** On the shelf of actors with no relation shown: a small mark, named on hover, selection and keyboard. */
    static final PseudoClass SHELVED = PseudoClass.getPseudoClass("shelved");
    /** Brought forward by the view's featured actors: drawn larger, named in bold. */
    static final PseudoClass FEATURED = PseudoClass.getPseudoClass("featured");
    /** Names wrap at this many ems (long group names take two lines instead of running into neighbours). */
    static final double WRAP_EMS = 9;
    private static final Text MEASURE = new Text();
    private final Actor actor;
    private final Shape shape;
    private final FontIcon icon;
    private final Text name;
    private final String fullName;
    /** A pale plate behind the name keeps it readable where an edge passes under it (cheaper than a text halo). */
    private final Region plate = new Region();
    private double radius = -1;
    /** The states last styled with: a date step passes over a thousand nodes, most of them unchanged. */
    private int styledAs = -1;
    private boolean crowded;
    private int relationsInForce;
    private LocalDate date;
    private LabelPlacement.Side side = LabelPlacement.Side.BELOW;
    private double labelDistance;
    private boolean shortened;
    /** Whether the name shows its narrow form now (it is shortened and the pointer is not on it). */
    private boolean narrowShown;
    private boolean singleLine;
    private String shortName;
    /** The wrapping width of the narrow form of the name: its widest word (0 for one line). */
    private double shortWrap;
    private Font shortMeasuredWith;
    private double shortWidth;
    private double shortHeight;

    ActorNode(Actor actor, Font font) {
        this.actor = actor;
        getStyleClass().addAll("actor-node", "kind-" + actor.kind().jsonValue());
        setId("actor:" + actor.id());
        setAccessibleRole(AccessibleRole.TEXT);
        setAutoSizeChildren(false); // children are placed by hand around the node's centre
        setManaged(false);

        shape = KindMark.shape(actor.kind(), 1);
        icon = KindMark.icon(actor.kind(), KindMark.SMALLEST_ICON);

        fullName = actor.displayName();
        name = new Text(fullName);
        name.getStyleClass().add("actor-label");
        name.setFont(font);
        name.setTextOrigin(VPos.TOP);
        wrapFull();
        name.setMouseTransparent(true);
        // CSS may make the name bold (selected, related): wrap it again for the new font, and keep it
        // beside the shape whatever its size
        name.fontProperty().addListener((o, was, now) -> showText(name.getText(), narrowShown));
        name.layoutBoundsProperty().addListener((o, was, now) -> placeName());
        plate.getStyleClass().add("actor-label-plate");
        plate.setManaged(false);
        plate.setMouseTransparent(true);
        getChildren().addAll(shape, icon, plate, name);
        // a shortened name is written in full while the pointer is on the node
        hoverProperty().addListener((o, was, now) -> {
            if (shortened) {
                showText(now ? fullName : shortName(), !now);
            }
        });
        // drawn once into a picture and then copied: a date change that leaves this node as it was (most
        // of a thousand) costs a copy instead of a shape, a stroke and an icon glyph rasterised afresh;
        // and a dimmed node is drawn with the picture's alpha, not through an off-screen image
        setCache(true);
    }

    /** Sizes the node for the current slice; touches the scene graph only where something changed. */
    void update(double radius, int relationsInForce, LocalDate date, boolean shelved) {
        this.relationsInForce = relationsInForce;
        this.date = date;
        if (radius != this.radius) {
            this.radius = radius;
            KindMark.size(shape, actor.kind(), radius);
            int iconSize = KindMark.iconSize(radius);
            if (iconSize >= KindMark.SMALLEST_ICON) {
                KindMark.resize(icon, iconSize);
            }
            placeName();
        }
        // a mark on the shelf is small: an icon there would be a smudge
        icon.setVisible(!shelved && KindMark.iconSize(radius) >= KindMark.SMALLEST_ICON);
    }

    /** Sets the pseudo-classes CSS styles the node by; touches none when none changed. */
    void style(Emphasis emphasis, boolean shelved, boolean pinned, boolean chain, boolean keyboard, boolean featured) {
        int as = emphasis.ordinal() * 32 + (featured ? 16 : 0) + (shelved ? 8 : 0) + (pinned ? 4 : 0) + (chain ? 2 : 0)
                + (keyboard ? 1 : 0);
        if (as == styledAs) {
            return;
        }
        styledAs = as;
        pseudoClassStateChanged(SHELVED, shelved);
        pseudoClassStateChanged(FEATURED, featured);
        pseudoClassStateChanged(PINNED, pinned);
        pseudoClassStateChanged(CHAIN, chain);
        pseudoClassStateChanged(KEYBOARD, keyboard);
        NetworkGraph.emphasise(this, emphasis);
    }

    /** No room for the name: it shows on hover only. */
    void setCrowded(boolean crowded) {
        if (crowded != this.crowded) {
            this.crowded = crowded;
            pseudoClassStateChanged(CROWDED, crowded);
        }
    }

    /**
     * Puts the name on {@code side} of the shape, {@code distance} from the centre (the shape's reach and
     * a gap), whole or {@link #shortName() shortened}.
     */
    void placeLabel(LabelPlacement.Side side, double distance, boolean shortened) {
        if (side == this.side && distance == labelDistance && shortened == this.shortened) {
            return; // most nodes keep their names' places when the date moves
        }
        this.side = side;
        this.labelDistance = distance;
        if (shortened != this.shortened) {
            this.shortened = shortened;
            showText(shortened && !isHover() ? shortName() : fullName, shortened && !isHover());
        }
        name.setTextAlignment(switch (side) {
            case RIGHT, BELOW_RIGHT, ABOVE_RIGHT -> TextAlignment.LEFT;
            case LEFT, BELOW_LEFT, ABOVE_LEFT -> TextAlignment.RIGHT;
            default -> TextAlignment.CENTER;
        });
        placeName();
    }

    private void showText(String text, boolean narrow) {
        name.setText(text);
        narrowShown = narrow;
        if (narrow) {
            shortLabelSize(); // works out the narrow form's wrapping for the font now
            name.setWrappingWidth(shortWrap);
        } else {
            wrapFull();
        }
    }

    private void wrapFull() {
        name.setWrappingWidth(singleLine ? 0 : wrapping(name.getText(), name.getFont()));
    }

    /** On the shelf a name is written on one line beside its mark: a second line would reach the next row. */
    void setSingleLine(boolean singleLine) {
        if (singleLine != this.singleLine) {
            this.singleLine = singleLine;
            showText(name.getText(), narrowShown);
        }
    }

    /**
     * The wrapping width for a name in this font: 0 (one line) when it fits in {@link #WRAP_EMS} ems, else
     * its widest line once wrapped at that width. A wrapped {@link Text} is as wide as its wrapping width,
     * not its widest line, so wrapping at the widest line keeps its box (what must not overlap) tight.
     */
    static double wrapping(String text, Font font) {
        double maxW = font.getSize() * WRAP_EMS;
        MEASURE.setFont(font);
        MEASURE.setWrappingWidth(0);
        MEASURE.setText(text);
        if (MEASURE.getLayoutBounds().getWidth() <= maxW) {
            return 0;
        }
        double widest = 0;
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            MEASURE.setText(longer);
            double w = MEASURE.getLayoutBounds().getWidth();
            if (w > maxW && !line.isEmpty()) {
                MEASURE.setText(line);
                widest = Math.max(widest, MEASURE.getLayoutBounds().getWidth());
                line = word;
            } else {
                line = longer;
            }
        }
        MEASURE.setText(line);
        widest = Math.max(widest, MEASURE.getLayoutBounds().getWidth());
        return Math.ceil(widest) + 1;
    }

    private void placeName() {
        double w = name.getLayoutBounds().getWidth();
        double h = name.getLayoutBounds().getHeight();
        double distance = Math.max(labelDistance, reach());
        double[] at = LabelPlacement.offset(side, distance, w + 4, h);
        name.relocate(at[0] + 2, at[1]);
        plate.resizeRelocate(at[0], at[1], w + 4, h);
    }

    Actor actor() {
        return actor;
    }

    double radius() {
        return radius;
    }

    /** Half the side of the square the shape and its stroke fit in (a diamond's points reach 1.1 radii). */
    double reach() {
        return Math.max(radius, 0) * 1.1 + 2;
    }

    /** The whole name's box as drawn now (with its plate), in the font CSS gave it: {width, height}. */
    double[] fullLabelSize() {
        if (shortened || singleLine) {
            return measure(fullName);
        }
        return new double[] {name.getLayoutBounds().getWidth() + 4, name.getLayoutBounds().getHeight()};
    }

    /** The narrow name's box: {width, height}; the same as the whole one when it is a single word. */
    double[] shortLabelSize() {
        Font font = name.getFont();
        if (!font.equals(shortMeasuredWith)) {
            shortMeasuredWith = font;
            shortName = null;
            String text = shortName();
            shortWrap = 0;
            MEASURE.setFont(font);
            MEASURE.setWrappingWidth(0);
            for (String word : text.split(" ")) {
                MEASURE.setText(word);
                shortWrap = Math.max(shortWrap, Math.ceil(MEASURE.getLayoutBounds().getWidth()) + 1);
            }
            MEASURE.setText(text);
            MEASURE.setWrappingWidth(text.contains(" ") ? shortWrap : 0);
            shortWidth = MEASURE.getLayoutBounds().getWidth() + 4;
            shortHeight = MEASURE.getLayoutBounds().getHeight();
            if (!text.contains(" ")) {
                shortWrap = 0;
            }
        }
        return new double[] {shortWidth, shortHeight};
    }

    private double[] measure(String text) {
        double wrap = singleLine ? 0 : wrapping(text, name.getFont());
        MEASURE.setFont(name.getFont());
        MEASURE.setText(text);
        MEASURE.setWrappingWidth(wrap);
        return new double[] {MEASURE.getLayoutBounds().getWidth() + 4, MEASURE.getLayoutBounds().getHeight()};
    }

    /**
     * The name in a narrower form, for when there is no room for it whole: a person's family name
     * ("Lukashenko"); else every word on a line of its own ("Belarusian / security / services"), which
     * loses nothing, where "Belarusian…" would not say which of several Belarusian actors is meant.
     */
    String shortName() {
        if (shortName == null) {
            shortName = shorten(fullName, actor.kind() == org.balancingact.model.ActorKind.PERSON);
        }
        return shortName;
    }

    static String shorten(String full, boolean person) {
        String[] words = full.trim().split("\\s+");
        return person && words.length > 1 ? words[words.length - 1] : String.join(" ", words);
    }

    /** Adds this node's shape box and, when its name is written, its name's box, in its parent's coordinates. */
    void drawnBoxes(List<Bounds> shapes, List<Bounds> names) {
        shapes.add(localToParent(shape.getBoundsInParent()));
        if (name.isVisible()) {
            names.add(localToParent(plate.getBoundsInParent()));
        }
    }

    /** The icon drawn inside the shape (for tests: it must differ by kind). */
    FontIcon icon() {
        return icon;
    }

    /**
     * What a screen reader says for this node: "Alexander Lukashenko, person, 6 relations in force on
     * 24 February 2022". Made when asked, not on every date change: 1,000 sentences per cursor move
     * cost more than the rest of the update.
     */
    String describe() {
        return accessibleText(actor, relationsInForce, date);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.TEXT ? describe() : super.queryAccessibleAttribute(attribute, parameters);
    }

    static String accessibleText(Actor actor, int relationsInForce, LocalDate date) {
        String kind = Messages.get("actor.kind." + actor.kind().jsonValue());
        String named = actor.displayName();
        return date == null ? Messages.get("network.actor.accessible.anyTime", named, kind, relationsInForce)
                : Messages.get("network.actor.accessible", named, kind, relationsInForce,
                        HistoricalDate.ofDay(date).inWords());
    }
}
