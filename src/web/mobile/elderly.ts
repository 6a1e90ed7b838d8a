import { useSyncExternalStore } from 'react';

/**
 * 长辈版 (elderly mode, DESIGN.md): one switch, remembered on this device. The class on <html> raises
 * antd-mobile's CSS variables (theme.css). It is applied when this module loads, before the phone pages
 * paint for the first time, so a reload never flashes small text.
 */
const STORAGE_KEY = 'lianxin.elderly';
export const ELDERLY_CLASS = 'lx-elderly';
export const MOBILE_CLASS = 'lx-m';

function readSaved(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

let isOn = readSaved();
const listeners = new Set<() => void>();

/** Marks <html> as the phone face, with or without elderly mode. */
export function applyMobileClasses(on: boolean = isOn) {
  const root = document.documentElement;
  root.classList.add(MOBILE_CLASS);
  root.classList.toggle(ELDERLY_CLASS, on);
}

/** The console shares the document: leaving the phone pages takes the classes away. */
export function removeMobileClasses() {
  document.documentElement.classList.remove(MOBILE_CLASS, ELDERLY_CLASS);
}

applyMobileClasses();

export function setElderly(on: boolean) {
  isOn = on;
  try {
    localStorage.setItem(STORAGE_KEY, on ? '1' : '0');
  } catch {
    // Private browsing without storage: the switch still works for this visit.
  }
  applyMobileClasses(on);
  for (const listener of listeners) {
    listener();
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useElderly(): boolean {
  return useSyncExternalStore(subscribe, () => isOn);
}
