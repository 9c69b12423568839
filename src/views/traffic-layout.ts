// Where the traffic picture's parts sit (views/traffic-view): the customers, the load balancer and the
// lanes to the two pools under the left racks, and the Chef server and the yum mirror under the right
// ones. Plain numbers, so the browser tests can check no label runs into a picture or a rack. In
// projector mode (views/projector) the labels are larger: the customers and the load balancer move apart
// so their names do not meet, each pool's figure takes two shorter lines, the pictures of the servers
// are a little smaller and the mirror's note shorter, so nothing runs into the racks or the alerts.

import { isProjector } from './projector';

export interface Point {
  x: number;
  y: number;
}

/** A picture, centred on (x, y), drawn `size` across. */
export interface Picture extends Point {
  width: number;
  height: number;
}

export interface TrafficLayout {
  customers: Picture;
  balancer: Picture;
  chefServer: Picture;
  mirror: Picture;
  /** Where the names under the customers and the load balancer are centred (their tops). */
  customersLabel: Point;
  balancerLabel: Point;
  /** Where the lanes from the load balancer end: the web pool's, then the api pool's. */
  laneEnds: [Point, Point];
  /** The top-left corner of each pool's figure, beside the end of its lane. */
  poolText: [Point, Point];
  /** Whether each pool's figure is broken after its numbers, onto two lines. */
  poolTwoLines: boolean;
  chefText: Point;
  mirrorText: Point;
  mirrorNote: string;
}

const PLACES = {
  normal: { customers: 46, balancer: 150, lineEnd: 232, chef: 20, chefText: 44, mirror: 210, mirrorText: 234, icon: 38, mirrorNote: 'yum mirror:\nnewest httpd only' },
  projector: { customers: 47, balancer: 165, lineEnd: 230, chef: 18, chefText: 38, mirror: 240, mirrorText: 261, icon: 34, mirrorNote: 'yum mirror:\nnewest only' },
} as const;

/** Half a pool figure's height, to centre it on its lane's end: one line at 14 px, or two at 16 px (ui/projector.css: line-height 1.2). */
const HALF_FIGURE = { normal: 9, projector: 19.2 } as const;

export function trafficLayout(area: Point, infra: Point, projector: boolean = isProjector()): TrafficLayout {
  const places = projector ? PLACES.projector : PLACES.normal;
  const half = projector ? HALF_FIGURE.projector : HALF_FIGURE.normal;
  const lineEnd = area.x + places.lineEnd;
  const customers = { x: area.x + places.customers, y: area.y + 46, width: 84, height: 56 };
  const balancer = { x: area.x + places.balancer, y: area.y + 46, width: 52, height: 52 };
  return {
    customers,
    balancer,
    chefServer: { x: infra.x + places.chef, y: infra.y + 20, width: places.icon, height: places.icon },
    mirror: { x: infra.x + places.mirror, y: infra.y + 20, width: places.icon, height: places.icon },
    customersLabel: { x: customers.x, y: area.y + 78 },
    balancerLabel: { x: balancer.x, y: area.y + 78 },
    laneEnds: [
      { x: lineEnd, y: area.y + 22 },
      { x: lineEnd, y: area.y + 70 },
    ],
    poolText: [
      { x: lineEnd + 8, y: area.y + 22 - half },
      { x: lineEnd + 8, y: area.y + 70 - half },
    ],
    poolTwoLines: projector,
    chefText: { x: infra.x + places.chefText, y: infra.y + 3 },
    mirrorText: { x: infra.x + places.mirrorText, y: infra.y + 3 },
    mirrorNote: places.mirrorNote,
  };
}

/** The pictures' boxes, to keep the labels off them. */
export function trafficPictures(layout: TrafficLayout): { name: string; left: number; top: number; right: number; bottom: number }[] {
  return (['customers', 'balancer', 'chefServer', 'mirror'] as const).map((name) => {
    const picture = layout[name];
    return { name, left: picture.x - picture.width / 2, top: picture.y - picture.height / 2, right: picture.x + picture.width / 2, bottom: picture.y + picture.height / 2 };
  });
}
