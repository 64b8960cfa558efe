package org.balancingact.shell;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.balancingact.i18n.Messages;

/**
 * Opens reference links in the system browser, and only web links: a dataset is a file anyone can
 * edit, so a {@code javascript:}, {@code file:} or custom-scheme link in it must never reach the
 * browser or the desktop, and even a web link opens only after the user confirms where it goes.
 */
public final class LinkOpener {
    private final Consumer<String> browser;
    private final Predicate<String> confirm;

    /** {@code browser} shows a URL (HostServices::showDocument); {@code confirm} asks the user. */
    public LinkOpener(Consumer<String> browser, Predicate<String> confirm) {
        this.browser = Objects.requireNonNull(browser, "browser");
        this.confirm = Objects.requireNonNull(confirm, "confirm");
    }

    /** True only for absolute http or https URLs with a host. */
    public static boolean isWebLink(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Opens {@code url} if it is a web link and the user agrees; says whether it was opened. */
    public boolean open(String url) {
        if (!isWebLink(url) || !confirm.test(url.strip())) {
            return false;
        }
        browser.accept(url.strip());
        return true;
    }

    /** Asks in a dialog owned by the window, showing the full address so the user sees where it leads. */
    static Predicate<String> askInDialog(java.util.function.Supplier<Window> owner) {
        return url -> {
            ButtonType open = new ButtonType(Messages.get("link.open"), ButtonBar.ButtonData.OK_DONE);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, url, open, ButtonType.CANCEL);
            ask.initOwner(owner.get());
            ask.setTitle(Messages.get("link.title"));
            ask.setHeaderText(Messages.get("link.header"));
            return ask.showAndWait().filter(open::equals).isPresent();
        };
    }
}
