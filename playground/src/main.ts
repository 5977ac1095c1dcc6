// The deadline calculator (issues 5, 12 and 13): wiring only. The state lives in state.ts, each panel in
// panels/, the link in url.ts; every change goes through update() and ends in render() below.
import { renderCalendar, wireCalendar } from './panels/calendar.js';
import { renderClock, wireClock } from './panels/clock.js';
import { renderClosures, wireClosures } from './panels/closures.js';
import { FIELD_IDS, fieldDefaults, initEventForm, renderEvent, wireEvent } from './panels/event.js';
import { renderHeader, wireHeader } from './panels/header.js';
import { renderHolidays, restoreHolidays, wireHolidays } from './panels/holidays.js';
import { renderPolicy, restorePolicy, savePolicy, wirePolicy } from './panels/policy.js';
import { onUpdate, state } from './state.js';
import { applySearch, toSearch } from './url.js';
import './style.css';

function render(): void {
  renderHeader();
  renderCalendar();
  renderClosures();
  renderHolidays();
  renderEvent();
  renderClock();
  renderPolicy();
  // The link reproduces the page; replaceState, so editing does not fill the back button's history.
  const search = toSearch(state, fieldDefaults);
  if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
  savePolicy();
}

function init(): void {
  // The files kept for the tab first: the link's month is then clamped to the years the calendar in force covers.
  restorePolicy();
  restoreHolidays();
  applySearch(state, location.search, FIELD_IDS);
  initEventForm();
  wireHeader();
  wireCalendar();
  wireClosures();
  wireHolidays();
  wireEvent();
  wireClock();
  wirePolicy();
  onUpdate(render);
  render();
  document.body.dataset.ready = 'true';
}

init();
