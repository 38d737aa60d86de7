package id.blitar.kiosk.server.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first manager account of a new installation, created only while no account exists.
 *
 * @param initialManagerUsername user name of that account
 * @param initialManagerPassword its password; without one no account is created
 */
@ConfigurationProperties("kiosk.staff")
public record StaffProperties(String initialManagerUsername, String initialManagerPassword) {}
