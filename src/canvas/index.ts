export { DesignCanvas } from './DesignCanvas';
export { Palette } from './Palette';
export { addPartAtCenter, fitCanvas, ADD_PART_EVENT, FIT_VIEW_EVENT } from './canvasBus';
export { captureDiagram } from './exportCapture';
