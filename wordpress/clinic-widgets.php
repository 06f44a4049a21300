<?php
/**
 * Plugin Name:       Clinic widgets
 * Plugin URI:        https://github.com/clinic-widgets/clinic-widgets
 * Description:       A therapy-or-coaching quiz, an FAQ and a booking button for counselling and therapy clinics: three blocks (and shortcodes) that any author can use, with the clinic's booking links set once.
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * Author:            clinic-widgets contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       clinic-widgets
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'CLINIC_WIDGETS_VERSION', '0.1.0' );
define( 'CLINIC_WIDGETS_FILE', __FILE__ );

require_once __DIR__ . '/includes/escape.php';
require_once __DIR__ . '/includes/fallback.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/shortcodes.php';

add_action( 'init', 'clinic_widgets_register' );
add_action( 'enqueue_block_assets', 'clinic_widgets_editor_elements' );
add_action( 'wp_enqueue_scripts', 'clinic_widgets_style_early' );
add_action( 'admin_menu', 'clinic_widgets_settings_menu' );
add_action( 'admin_init', 'clinic_widgets_settings_register' );
add_filter( 'the_content', 'clinic_widgets_hold_shortcodes', 8 );
