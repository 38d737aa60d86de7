package id.blitar.kiosk.device.service;

import id.blitar.kiosk.base.live.LiveEvent;

/** A manager revoked a kiosk device: its open screens on every node go to the pairing screen at once. */
public record KioskDeviceRevoked(long deviceId) implements LiveEvent {}
