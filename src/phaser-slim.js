// A Phaser namespace with only the parts this game uses, built from Phaser's own CommonJS sources
// (node_modules/phaser/src). vite.config.ts points `import Phaser from 'phaser'` here for the browser
// build only; TypeScript still reads the types of the full 'phaser' package. Everything the game
// reaches through a scene (this.add.*, this.load.*, this.time, this.input...) exists only if the
// module that registers it is imported below: Phaser skips a missing plugin silently, and a missing
// factory or loader file type is `undefined` (a call throws "is not a function").

// First, as in Phaser's own entry: the renderer namespace. Its WebGL render nodes require it back
// (BatchHandler reads Renderer.WebGL), a cycle that only resolves when it is entered from the top.
import 'phaser-src/renderer/index.js';
import CONST from 'phaser-src/const.js';

// Namespaces the game reads at run time (constants, events, classes it extends or constructs).
import Game from 'phaser-src/core/Game.js';
import CoreEvents from 'phaser-src/core/events/index.js';
import Scene from 'phaser-src/scene/Scene.js';
import SceneConst from 'phaser-src/scene/const.js';
import SceneEvents from 'phaser-src/scene/events/index.js';
import ScaleConst from 'phaser-src/scale/const/index.js';
import ScaleEvents from 'phaser-src/scale/events/index.js';
import Vector2 from 'phaser-src/math/Vector2.js';

// Scene plugins (each registers itself in the PluginCache when its module runs).
// Core scene plugins: this.events, this.cameras, this.make, this.add, this.scene, display and update lists.
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/gameobjects/GameObjectCreator.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import 'phaser-src/scene/ScenePlugin.js';
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/UpdateList.js';
// Default scene plugins: this.time (delayedCall), this.input (pointer events on the fleet image),
// this.load (the art atlas), this.tweens (read by views/render-gate.ts).
import 'phaser-src/time/Clock.js';
import 'phaser-src/input/InputPlugin.js';
import 'phaser-src/loader/LoaderPlugin.js';
import 'phaser-src/tweens/TweenManager.js';

// Game object factories: this.add.image / graphics / rectangle / circle / text.
import 'phaser-src/gameobjects/image/ImageFactory.js';
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js';
import 'phaser-src/gameobjects/shape/arc/ArcFactory.js';
import 'phaser-src/gameobjects/text/TextFactory.js';

// Loader file types: this.load.atlas (the art, packed at build time by scripts/art-atlas.ts).
import 'phaser-src/loader/filetypes/AtlasJSONFile.js';

const Phaser = {
  ...CONST,
  Game,
  Scene,
  Core: { Events: CoreEvents },
  Scenes: { ...SceneConst, Events: SceneEvents },
  Scale: { ...ScaleConst.CENTER, ...ScaleConst.ORIENTATION, ...ScaleConst.SCALE_MODE, ...ScaleConst.ZOOM, Events: ScaleEvents },
  Math: { Vector2 },
};

export default Phaser;
