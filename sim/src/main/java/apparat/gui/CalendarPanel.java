package apparat.gui;

import apparat.model.Month;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.time.format.TextStyle;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The month being shown, in type large enough to read from the back of a lecture room, with the last event's
 * number and label beside it, and the button that saves the picture for slides.
 */
final class CalendarPanel {

    private final JPanel panel = new JPanel(new BorderLayout(18, 0));
    private final JLabel month = new JLabel(" ");
    private final JLabel event = new JLabel(" ");
    private final JLabel status = new JLabel(" ");
    private final JButton save = new JButton("Save slides (PNG)");
    private String eventText = "";

    CalendarPanel(int height) {
        panel.setBackground(Color.WHITE);
        panel.setBorder(BorderFactory.createEmptyBorder(2, 14, 2, 10));
        month.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(28, (int) (height * 0.62))));
        event.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(15, (int) (height * 0.27))));
        status.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 12));
        status.setForeground(new Color(0x555555));
        save.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        JPanel middle = new JPanel(new BorderLayout());
        middle.setOpaque(false);
        middle.add(event, BorderLayout.CENTER);
        middle.add(status, BorderLayout.SOUTH);
        JPanel right = new JPanel(new BorderLayout());
        right.setOpaque(false);
        right.add(save, BorderLayout.CENTER);
        panel.add(month, BorderLayout.WEST);
        panel.add(middle, BorderLayout.CENTER);
        panel.add(right, BorderLayout.EAST);
        panel.setPreferredSize(new java.awt.Dimension(10, height));
    }

    JPanel component() {
        return panel;
    }

    JButton saveButton() {
        return save;
    }

    /** "April 1923". */
    static String format(Month m) {
        return java.time.Month.of(m.monthOfYear()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.year();
    }

    void showMonth(Month m) {
        month.setText(format(m));
    }

    String monthText() {
        return month.getText();
    }

    /** The last event: its mark (number on the charts) and label on one line, when on the next. */
    void showEvent(String mark, String label, String when) {
        eventText = mark + " · " + label + " (" + when + ")";
        event.setText("<html><b>" + AboutPage.escape(mark) + "</b> · " + AboutPage.escape(label)
                + "<br><span style='color:#555555'>" + AboutPage.escape(when) + "</span></html>");
    }

    /** A line of help where the last event goes, before anything has happened. */
    void showHint(String text) {
        eventText = text;
        event.setText(text);
    }

    String eventText() {
        return eventText;
    }

    void showStatus(String text) {
        status.setText(text);
    }
}
