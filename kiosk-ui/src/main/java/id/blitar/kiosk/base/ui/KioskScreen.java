package id.blitar.kiosk.base.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public screen outside {@link KioskLayout} (a wall screen) that only a paired kiosk device
 * may show. Views in {@code KioskLayout} are kiosk screens without this mark.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KioskScreen {}
