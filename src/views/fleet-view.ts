// The fleet, live: every host a tile in its rack, drawn from what the player can know (see
// // session/player-view): the Nagios UI's picture, or fog with only the hosts the player looked at. All
// tiles are stamped into one texture on the GPU, and only the tiles that changed are stamped again, so
// thousands of hosts cost one image a frame and a host breaking costs one stamp. A click on a tile
// selects that host.

import type Phaser from 'phaser';
import type { SimConfig } from '../sim/config';
import type { PlayerView } from '../session/player-view';
import { layoutFleet, hostAt, type FleetLayout } from './fleet-layout';
import { FLEET_COLUMN_HEIGHTS } from './incident-layout';
import { glyphFor } from './host-glyphs';
import { RASTER_SCALE, stampArt } from './art';
import { addDynamicTexture } from './dynamic-texture';
import type { DomLabels } from './dom-labels';
import { onDrawnFrames } from './render-gate';
import { palette, stroke } from './palette';
import { isProjector } from './projector';

const TEXTURE_KEY = 'fleet-tiles';

export class FleetView {
  readonly layout: FleetLayout;
  private readonly texture: Phaser.Textures.DynamicTexture;
  private readonly drawn: string[] = [];
  private readonly php7: boolean[];
  private selected: number | null = null;
  /** Hosts whose tile changed since the texture was last stamped. */
  private readonly changed = new Set<number>();
  /** Every tile must be stamped again (at first, and after a lost context came back). */
  private everything = true;
  private readonly selection: Phaser.GameObjects.Rectangle;
  private readonly fog: HTMLElement;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly config: SimConfig,
    view: PlayerView,
    private readonly area: { x: number; y: number; width: number; height: number },
    private readonly labels: DomLabels,
    onSelect: (hostId: number) => void,
    /** The fog banner takes the legend's line while the fleet is blind. */
    private readonly onBlindChange: (blind: boolean) => void = () => {},
  ) {
    this.layout = layoutFleet(
      config,
      view.fleet.hosts.map((host) => host.tierIndex),
      area.width,
      FLEET_COLUMN_HEIGHTS,
    );
    this.php7 = view.fleet.hosts.map((host) => config.tiers[host.tierIndex]!.id === 'php7');
    this.drawRacks();
    this.texture = addDynamicTexture(scene, TEXTURE_KEY, area.width, area.height);
    const image = scene.add.image(area.x, area.y, TEXTURE_KEY).setOrigin(0, 0).setInteractive({ useHandCursor: true });
    image.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      // Phaser hears the whole window; a click on a menu or panel over the fleet is not a click on a tile.
      if (pointer.event && pointer.event.target !== scene.game.canvas) return;
      const hostId = hostAt(this.layout, pointer.x - area.x, pointer.y - area.y);
      if (hostId !== null) onSelect(hostId);
    });
    onDrawnFrames(
      scene,
      () => this.flush(),
      () => void (this.everything = true),
    );
    this.selection = scene.add.rectangle(0, 0, 22, 22).setStrokeStyle(stroke(2), palette().accent).setVisible(false);
    // Over the legend line, under the racks: the one place that never hides a tile.
    this.fog = labels.add(area.x, area.y + area.height - 2, 'GRAPH-BLIND: the Nagios UI is down. You see only hosts you look at (click, then 3).', 'fog');
    this.fog.hidden = true;
  }

  select(hostId: number | null): void {
    this.selected = hostId;
    if (hostId === null) return void this.selection.setVisible(false);
    const centre = this.layout.centres[hostId]!;
    const size = this.layout.tileSizes[hostId]! + 6;
    this.selection
      .setPosition(this.area.x + centre.x, this.area.y + centre.y)
      .setSize(size, size)
      .setVisible(true);
  }

  get selectedHost(): number | null {
    return this.selected;
  }

  /** Notes the tiles whose known state changed; the next drawn frame stamps just those. */
  refresh(view: PlayerView): void {
    const hosts = view.fleet.hosts;
    for (let id = 0; id < hosts.length; id++) {
      const key = glyphFor(hosts[id]!.state, this.php7[id]!);
      if (this.drawn[id] === key) continue;
      this.drawn[id] = key;
      this.changed.add(id);
    }
    const blind = view.fleet.blind;
    if (this.fog.hidden === blind) {
      this.fog.hidden = !blind;
      this.onBlindChange(blind);
    }
  }

  /**
   * Stamps the changed tiles into the texture (each over a cleared square), or all of them after a reset.
   * Runs inside a drawn frame (the game's pre-render event), where the renderer's state is set up for
   * drawing; the render gate skips frames in which nothing changed.
   */
  private flush(): void {
    if (!this.everything && this.changed.size === 0) return;
    if (this.everything) this.texture.clear();
    const stamp = (id: number): void => {
      const centre = this.layout.centres[id]!;
      const size = this.layout.tileSizes[id]!;
      // The tile's own cell only: cells never overlap, so clearing one never cuts into a neighbour.
      const cell = this.layout.cellSizes[id]!;
      if (!this.everything) this.texture.clear(centre.x - cell / 2, centre.y - cell / 2, cell, cell);
      stampArt(this.texture, this.drawn[id]!, centre.x, centre.y, size / (24 * RASTER_SCALE));
    };
    if (this.everything) for (let id = 0; id < this.drawn.length; id++) stamp(id);
    else this.changed.forEach(stamp);
    this.everything = false;
    this.changed.clear();
    this.texture.render();
  }

  private drawRacks(): void {
    const graphics = this.scene.add.graphics();
    const colours = palette();
    for (const rack of this.layout.racks) {
      const x = this.area.x + rack.x;
      const y = this.area.y + rack.y;
      graphics.fillStyle(colours.panel, 1).fillRoundedRect(x, y, rack.width, rack.height, 8);
      graphics.lineStyle(stroke(1), colours.panelEdge, 1).strokeRoundedRect(x, y, rack.width, rack.height, 8);
      const tiers = this.config.tiers.filter((tier) => tier.group === rack.group);
      // Two tiers share a rack (web and its php7 nodes): name both; more (the tools) just count.
      const counts = tiers.length === 2 ? tiers.map((tier) => `${tier.count} ${tier.id}`).join(' + ') : `${rack.hostIds.length}`;
      if (!isProjector()) {
        this.labels.add(x + 8, y + 3, `${rack.label}  ·  ${counts}`);
        continue;
      }
      // Larger words in the same rack: a narrower separator, and where the tiers' counts do not fit
      // beside the rack's name, the rack's count alone (the tiers are named in the terminal's help).
      const label = this.labels.add(x + 8, y + 3, `${rack.label} · ${counts}`, 'rack-label');
      label.style.maxWidth = `${rack.width - 16}px`;
      if (label.scrollWidth > label.clientWidth) label.textContent = `${rack.label} · ${rack.hostIds.length}`;
    }
  }
}
