<?php
/**
 * Removes the plugin's one option when the plugin is deleted.
 *
 * @package ClinicWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'clinic_widgets_defaults' );
