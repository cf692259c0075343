package apparat.gui;

import apparat.chart.Palette;
import apparat.model.Level;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws the hierarchy's nodes: the centre as a dark box; each provincial and district secretary as a disc in
 * the colour of how the post was filled (the charts' palette: elected blue, recommended orange, appointed
 * vermillion), its size growing with the secretary's loyalty to the leadership and a black ring when the
 * secretary is in opposition; a vacant post as a hollow dashed circle; a province's cells as one bar split in
 * the same colours, with grey for vacant cell posts. Each node also draws the line to its parent.
 */
final class NodePortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    static final Color LINE = new Color(0xB0B0B0);
    static final Color VACANT = new Color(0x9A9A9A);
    static final Color CENTRE = new Color(0x333333);
    private static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {2.5f, 2f}, 0f);

    private final transient HierarchyLayout layout;

    NodePortrayal(HierarchyLayout layout) {
        this.layout = layout;
    }

    /** Diameter as a share of the full size: 0.45 for −1 (opposition) up to 1 for +1 (the leadership). */
    static double sizeFor(double alignment) {
        return 0.45 + 0.55 * (Math.max(-1, Math.min(1, alignment)) + 1) / 2;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double s = info.draw.width;
        if (object instanceof SecretaryView v) {
            drawLine(v, g, info);
            drawSecretary(v, g, info.draw.x, info.draw.y, s);
        } else if (object instanceof CellsView c) {
            drawCells(c, g, info.draw.x, info.draw.y, s);
        } else if (object instanceof PartyView) {
            drawCentre(g, info.draw.x, info.draw.y, s);
        }
    }

    private void drawLine(SecretaryView v, Graphics2D g, DrawInfo2D info) {
        double s = info.draw.width;
        g.setColor(LINE);
        g.setStroke(new BasicStroke((float) Math.max(1, 0.04 * layout.unit() * s)));
        if (v.level() == Level.PROVINCE) {
            double busY = info.draw.y + (layout.busY(v.post()) - layout.province(v.post()).y) * s;
            g.draw(new Line2D.Double(info.draw.x, info.draw.y, info.draw.x, busY));
            double half = layout.unit() / 2 * s;
            double leftX = v.post() % layout.columns() == 0
                    ? info.draw.x - (layout.province(v.post()).x - layout.trunkX()) * s : info.draw.x - half;
            g.draw(new Line2D.Double(leftX, busY, info.draw.x + half, busY));
        } else {
            int p = v.post() / layout.districtsPerProvince();
            double spine = info.draw.x + (layout.spineX(p) - layout.district(p, v.post()
                    % layout.districtsPerProvince()).x) * s;
            double provinceY = info.draw.y + (layout.province(p).y - layout.district(p, v.post()
                    % layout.districtsPerProvince()).y) * s;
            g.draw(new Line2D.Double(spine, provinceY, spine, info.draw.y));
            g.draw(new Line2D.Double(spine, info.draw.y, info.draw.x, info.draw.y));
        }
    }

    private void drawSecretary(SecretaryView v, Graphics2D g, double x, double y, double s) {
        double full = (v.level() == Level.PROVINCE ? layout.provinceDiameter() : layout.districtDiameter()) * s;
        int how = v.how();
        if (how < 0) {
            double d = full * 0.8;
            Ellipse2D ring = new Ellipse2D.Double(x - d / 2, y - d / 2, d, d);
            g.setColor(Color.WHITE);
            g.fill(ring);
            g.setColor(VACANT);
            g.setStroke(DASHED);
            g.draw(ring);
            return;
        }
        double alignment = v.alignment();
        double d = full * sizeFor(alignment);
        Ellipse2D disc = new Ellipse2D.Double(x - d / 2, y - d / 2, d, d);
        g.setColor(Palette.how(how));
        g.fill(disc);
        if (alignment < 0) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke((float) Math.max(1.2, full * 0.1)));
            g.draw(disc);
        }
    }

    private void drawCells(CellsView c, Graphics2D g, double x, double y, double s) {
        double w = layout.cellsWidth() * s;
        double h = layout.cellsHeight() * s;
        double left = x - w / 2;
        double top = y - h / 2;
        CellCounts counts = c.counts();
        int total = counts.total(c.province());
        g.setColor(LINE);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(x, top, x, top - 0.3 * layout.unit() * s));
        if (total == 0) {
            g.setColor(VACANT);
            g.draw(new Rectangle2D.Double(left, top, w, h));
            return;
        }
        int[] n = counts.of(c.province());
        Color[] colours = {Palette.how(0), Palette.how(1), Palette.how(2), new Color(0xDDDDDD)};
        double at = left;
        for (int i = 0; i < 4; i++) {
            double part = w * n[i] / total;
            g.setColor(colours[i]);
            g.fill(new Rectangle2D.Double(at, top, part, h));
            at += part;
        }
        g.setColor(VACANT);
        g.draw(new Rectangle2D.Double(left, top, w, h));
    }

    private void drawCentre(Graphics2D g, double x, double y, double s) {
        double w = layout.centreWidth() * s;
        double h = layout.centreHeight() * s;
        double busY = y + (layout.busY(0) - layout.centre().y) * s;
        double trunk = x + (layout.trunkX() - layout.centre().x) * s;
        double lastBus = y + (layout.busY((layout.rows() - 1) * layout.columns()) - layout.centre().y) * s;
        g.setColor(LINE);
        g.setStroke(new BasicStroke((float) Math.max(1, 0.04 * layout.unit() * s)));
        g.draw(new Line2D.Double(x, y, x, busY));
        g.draw(new Line2D.Double(trunk, busY, x, busY));
        g.draw(new Line2D.Double(trunk, busY, trunk, lastBus));
        Shape box = new RoundRectangle2D.Double(x - w / 2, y - h / 2, w, h, h / 3, h / 3);
        g.setColor(CENTRE);
        g.fill(box);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(10, h * 0.5)));
        String label = "Centre";
        int textWidth = g.getFontMetrics().stringWidth(label);
        g.drawString(label, (float) (x - textWidth / 2.0), (float) (y + g.getFontMetrics().getAscent() * 0.38));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double s = range.draw.width;
        double x = range.draw.x;
        double y = range.draw.y;
        Shape shape;
        if (object instanceof SecretaryView v) {
            double d = (v.level() == Level.PROVINCE ? layout.provinceDiameter() : layout.districtDiameter()) * s;
            shape = new Ellipse2D.Double(x - d / 2, y - d / 2, d, d);
        } else if (object instanceof CellsView) {
            double w = layout.cellsWidth() * s;
            double h = layout.cellsHeight() * s;
            shape = new Rectangle2D.Double(x - w / 2, y - h / 2, w, h);
        } else {
            double w = layout.centreWidth() * s;
            double h = layout.centreHeight() * s;
            shape = new Rectangle2D.Double(x - w / 2, y - h / 2, w, h);
        }
        return shape.intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }
}
