// The auth module's public face: who is asking (the viewer), the role groups other modules authorize
// with, and the resolver parameter that hands a resolver the staff member asking.
export { CurrentStaff } from './current-staff.js';
export { ALERT_ACKNOWLEDGERS, ALL_STAFF, BOARD_READERS, DIRECTION, KIOSK, ROTA_KEEPERS, ABSENCE_RECORDERS, mayReadSectorFeed, staffOnly, viewerRole, type StaffViewer, type Viewer } from './viewer.js';
