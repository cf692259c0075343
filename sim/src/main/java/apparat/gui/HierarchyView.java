package apparat.gui;

import apparat.model.Hierarchy;
import apparat.model.Level;
import apparat.model.Party;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * The party's hierarchy in a MASON {@link Display2D}: one node per provincial and district secretary post, one
 * per province for its cells, one for the centre, laid out by {@link HierarchyLayout} and drawn by
 * {@link NodePortrayal}; a key below it. Clicking a node opens its inspector in the console. The nodes are
 * read-only views of the party, placed once when a run starts (the committees do not change during a run).
 */
final class HierarchyView {

    private final GUIState gui;
    private final Display2D display;
    private final ContinuousPortrayal2D portrayal = new ContinuousPortrayal2D();
    private final JPanel panel = new JPanel(new BorderLayout());
    private final JLabel caption = new JLabel(" ");
    private final double width;
    private final double height;
    private final java.util.function.Supplier<CellCounts> cells;
    private final PartyView partyView;
    private final JComponent key;

    HierarchyView(GUIState gui, double width, double height, java.util.function.Supplier<CellCounts> cells,
                  PartyView partyView) {
        this.gui = gui;
        this.width = width;
        this.height = height;
        this.cells = cells;
        this.partyView = partyView;
        display = new Display2D(width, height, gui);
        display.setBackdrop(Color.WHITE);
        display.setClipping(false);
        display.attach(portrayal, "Hierarchy");
        // the view is sized to fit; scroll bars would only eat into it
        display.display.setHorizontalScrollBarPolicy(javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        display.display.setVerticalScrollBarPolicy(javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_NEVER);
        panel.add(display, BorderLayout.CENTER);
        key = key();
        panel.add(key, BorderLayout.SOUTH);
    }

    JComponent component() {
        return panel;
    }

    Display2D display() {
        return display;
    }

    /** The key to the colours and sizes, below the view. */
    JComponent keyComponent() {
        return key;
    }

    /** Places the nodes of the party's committees; call when a run starts. */
    void reset(Party party) {
        Hierarchy h = party.hierarchy();
        HierarchyLayout layout = HierarchyLayout.fit(h.provinces(), h.districtsPerProvince(), width, height);
        Continuous2D field = new Continuous2D(Math.max(1, layout.unit()), width, height);
        field.setObjectLocation(partyView, layout.centre());
        int perProvince = h.districtsPerProvince();
        for (int p = 0; p < h.provinces(); p++) {
            field.setObjectLocation(new SecretaryView(party, Level.PROVINCE, p,
                    "Provincial committee (gubkom) no. " + (p + 1)), layout.province(p));
        }
        for (int p = 0; p < h.provinces(); p++) {
            for (int k = 0; k < perProvince; k++) {
                int d = h.firstDistrict(p) + k;
                Double2D at = layout.district(p, k);
                field.setObjectLocation(new SecretaryView(party, Level.DISTRICT, d,
                        "District committee (ukom) no. " + (k + 1) + " of province no. " + (p + 1)), at);
            }
            field.setObjectLocation(new CellsView(p, cells), layout.cells(p));
        }
        portrayal.setField(field);
        portrayal.setPortrayalForAll(new NodePortrayal(layout));
        caption.setText(String.format("%d provinces (gubkoms), %d districts (ukoms) each; cells summed up per "
                + "province (the bar at the foot of each column)", h.provinces(), perProvince));
        caption.setPreferredSize(null);
        roomy(caption);
        display.reset();
        display.repaint();
    }

    private JComponent key() {
        JPanel key = new JPanel(new FlowLayout(FlowLayout.LEFT, 12, 2));
        key.setBackground(Color.WHITE);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        String[] names = {"elected", "recommended", "appointed"};
        for (int i = 0; i < 3; i++) {
            key.add(label(names[i], new Swatch(apparat.chart.Palette.how(i), false, false), font));
        }
        key.add(label("vacant", new Swatch(NodePortrayal.VACANT, true, false), font));
        key.add(label("in opposition", new Swatch(apparat.chart.Palette.how(0), false, true), font));
        JLabel size = new JLabel("larger = more loyal to the leadership");
        size.setFont(font);
        key.add(roomy(size));
        caption.setFont(font.deriveFont(Font.ITALIC, 13f));
        caption.setForeground(new Color(0x555555));
        JPanel both = new JPanel(new BorderLayout());
        both.setBackground(Color.WHITE);
        both.add(key, BorderLayout.NORTH);
        JPanel captionRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 12, 0));
        captionRow.setBackground(Color.WHITE);
        captionRow.add(caption);
        both.add(captionRow, BorderLayout.SOUTH);
        return both;
    }

    private static JLabel label(String text, Icon icon, Font font) {
        JLabel l = new JLabel(text, icon, JLabel.LEFT);
        l.setFont(font);
        return roomy(l);
    }

    /** A little more width than the text needs, so that a slide drawn at twice the size does not clip it. */
    private static JLabel roomy(JLabel l) {
        Dimension d = l.getPreferredSize();
        l.setPreferredSize(new Dimension(d.width + 10, d.height));
        return l;
    }

    /** A disc of the key. */
    private record Swatch(Color colour, boolean hollow, boolean ring) implements Icon {
        @Override
        public void paintIcon(java.awt.Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (hollow) {
                g2.setColor(colour);
                g2.setStroke(new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT,
                        java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
                g2.drawOval(x + 2, y + 2, 14, 14);
            } else {
                g2.setColor(colour);
                g2.fillOval(x + 1, y + 1, 16, 16);
                if (ring) {
                    g2.setColor(Color.BLACK);
                    g2.setStroke(new java.awt.BasicStroke(2f));
                    g2.drawOval(x + 2, y + 2, 14, 14);
                }
            }
            g2.dispose();
        }

        @Override
        public int getIconWidth() {
            return 18;
        }

        @Override
        public int getIconHeight() {
            return 18;
        }
    }

    Dimension size() {
        return new Dimension((int) width, (int) height);
    }
}
