<?php
/**
 * Unit test of the plugin's escaping, with WordPress's real esc_url() and esc_attr(): run inside
 * the test WordPress (test/wordpress/run.mjs requests it), against the installed plugin.
 * Prints one line a case and "passed N" or "FAILED n of N".
 *
 * @package ClinicWidgets
 */

require dirname( __DIR__ ) . '/wp-load.php';
header( 'Content-Type: text/plain; charset=utf-8' );

if ( ! function_exists( 'clinic_widgets_attributes' ) ) {
	echo "FAILED: the clinic-widgets plugin is not active\n";
	exit;
}

$cases = array(
	// Links: the kit's schemes and relative URLs stay; anything else is dropped.
	array( 'booking-cta', array( 'href' => 'https://clinic.example/book?a=1&b=2' ), ' href="https://clinic.example/book?a=1&#038;b=2"' ),
	array( 'booking-cta', array( 'href' => '/book' ), ' href="/book"' ),
	array( 'booking-cta', array( 'href' => 'book.html' ), ' href="book.html"' ),
	array( 'booking-cta', array( 'href' => 'tel:+17805550100' ), ' href="tel:+17805550100"' ),
	array( 'booking-cta', array( 'href' => 'mailto:hello@clinic.example' ), ' href="mailto:hello@clinic.example"' ),
	array( 'booking-cta', array( 'href' => 'javascript:alert(1)' ), '' ),
	array( 'booking-cta', array( 'href' => ' JaVaScRiPt:alert(1)' ), '' ),
	array( 'booking-cta', array( 'href' => 'data:text/html,<script>alert(1)</script>' ), '' ),
	array( 'booking-cta', array( 'href' => 'https://x.example/"><script>alert(1)</script>' ), ' href="https://x.example/scriptalert(1)/script"' ),
	array( 'therapy-coaching-quiz', array( 'bookingUrl' => 'vbscript:msgbox' ), '' ),
	// Text: quotes and tags escaped, never HTML.
	array( 'booking-cta', array( 'label' => '"><img src=x onerror=alert(1)>' ), ' label="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"' ),
	array( 'booking-cta', array( 'phone' => "(780) 555-0100 'ext' 3" ), ' phone="(780) 555-0100 &#039;ext&#039; 3"' ),
	array( 'therapy-coaching-quiz', array( 'heading' => 'Therapy & coaching <b>?</b>' ), ' heading="Therapy &amp; coaching &lt;b&gt;?&lt;/b&gt;"' ),
	// Choices, numbers, ids and booleans: only what the element accepts.
	array( 'booking-cta', array( 'variant' => 'banner" onclick="x' ), '' ),
	array( 'booking-cta', array( 'variant' => 'banner' ), ' variant="banner"' ),
	array( 'faq-accordion', array( 'headingLevel' => 7 ), '' ),
	array( 'faq-accordion', array( 'headingLevel' => '2' ), ' heading-level="2"' ),
	array( 'faq-accordion', array( 'headingLevel' => '2 onload=x' ), '' ),
	array( 'faq-accordion', array( 'search' => true, 'single' => false, 'schema' => 'true' ), ' search schema' ),
	array( 'booking-cta', array( 'for' => 'quiz" autofocus onfocus="x' ), '' ),
	array( 'booking-cta', array( 'for' => 'quiz-1' ), ' for="quiz-1"' ),
	array( 'therapy-coaching-quiz', array( 'quizId' => 'quiz' ), ' id="quiz"' ),
	array( 'therapy-coaching-quiz', array( 'lang' => 'de' ), '' ),
	array( 'therapy-coaching-quiz', array( 'lang' => 'fr', 'phone' => array( 'x' ) ), ' lang="fr"' ),
	array( 'booking-cta', array( 'unknown' => 'x', 'email' => '' ), '' ),
);

$failed = 0;
foreach ( $cases as $i => $case ) {
	list( $tag, $values, $expected ) = $case;
	$actual = clinic_widgets_attributes( $tag, $values );
	$ok     = $actual === $expected;
	$failed += $ok ? 0 : 1;
	printf( "%s %d <%s%s>%s\n", $ok ? 'ok' : 'not ok', $i + 1, $tag, $actual, $ok ? '' : ' expected <' . $tag . $expected . '>' );
}

// The clinic's defaults: the JSON cannot end its script element. (The site's own are put back.)
$site_defaults = get_option( 'clinic_widgets_defaults' );
update_option( 'clinic_widgets_defaults', array( 'phone' => '</script><script>alert(1)</script>' ) );
$json = clinic_widgets_use();
$ok   = false === strpos( substr( $json, 0, -strlen( '</script>' ) ), '</script' ) && false !== strpos( $json, '\u003C/script\u003E' );
$failed += $ok ? 0 : 1;
printf( "%s %d defaults %s\n", $ok ? 'ok' : 'not ok', count( $cases ) + 1, $json );
update_option( 'clinic_widgets_defaults', $site_defaults );

// The settings form's cleaning: unsafe links and junk are not saved.
$clean = clinic_widgets_sanitize(
	array(
		'bookingUrl'      => 'javascript:alert(1)',
		'therapyUrl'      => 'https://clinic.example/therapy?x=1&y=2',
		'email'           => 'not an email',
		'phone'           => '<b>780</b>',
		'lang'            => 'de',
		'crisisResources' => "Distress line | 780-482-4357 | | 24/7\n<script> | \n",
	)
);
$want  = array(
	'therapyUrl'      => 'https://clinic.example/therapy?x=1&y=2',
	'phone'           => '780',
	'crisisResources' => array(
		array(
			'name'  => 'Distress line',
			'call'  => '780-482-4357',
			'text'  => '',
			'hours' => '24/7',
		),
	),
);
// WordPress cleans a new option twice (update_option, then add_option): nothing may be lost the second time.
$ok    = $clean === $want && clinic_widgets_sanitize( $clean ) === $want;
$failed += $ok ? 0 : 1;
printf( "%s %d settings %s, cleaned again %s\n", $ok ? 'ok' : 'not ok', count( $cases ) + 2, wp_json_encode( $clean ), wp_json_encode( clinic_widgets_sanitize( $clean ) ) );

// What the quiz and the booking button hold for visitors without the script: escaped, in the
// element's language, with the clinic's settings when the block has none.
$fallbacks = array(
	array( array(), 'booking-cta', array( 'label' => '"><img src=x onerror=alert(1)>', 'href' => 'https://x.example/?a=1&b=2' ), '<a href="https://x.example/?a=1&#038;b=2">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>' ),
	array( array(), 'booking-cta', array( 'href' => 'javascript:alert(1)', 'phone' => '(780) 555-O142 ext. 3' ), '<a href="tel:7805550142">Call (780) 555-0142 ext. 3</a>' ),
	array( array(), 'booking-cta', array( 'email' => 'hello@clinic.example', 'lang' => 'fr' ), '<a href="mailto:hello@clinic.example">Écrire à hello@clinic.example</a>' ),
	array( array(), 'booking-cta', array( 'lang' => 'de' ), '' ),
	array( array(), 'faq-accordion', array(), '' ),
	array( array(), 'therapy-coaching-quiz', array(), '<p>If you are in crisis, call or text <a href="tel:988">9-8-8</a>, any time. In an emergency, call <a href="tel:911">911</a>.</p>' ),
	array( array(), 'therapy-coaching-quiz', array( 'phone' => '780-555-0100', 'lang' => 'fr' ), '<p>Vous hésitez entre la thérapie et le coaching? Appelez-nous au <a href="tel:7805550100">780-555-0100</a> et nous vous aiderons à choisir. Si vous êtes en crise, appelez ou textez le <a href="tel:988">9-8-8</a>, en tout temps. En cas d’urgence, composez le <a href="tel:911">911</a>.</p>' ),
	array(
		array(
			'bookingUrl'      => 'https://clinic.example/book',
			'lang'            => 'fr',
			'crisisResources' => array( array( 'name' => '<b>Line</b>', 'call' => '1-800-273-TALK', 'text' => '686868', 'hours' => '' ) ),
		),
		'therapy-coaching-quiz',
		array( 'lang' => 'en', 'bookingUrl' => 'javascript:alert(1)' ),
		'<p>Not sure whether therapy or coaching is right for you? <a href="https://clinic.example/book">Book a consultation</a> and we will help you decide. If you are in crisis, call or text <a href="tel:988">9-8-8</a>, any time. In an emergency, call <a href="tel:911">911</a>. &lt;b&gt;Line&lt;/b&gt;: call <a href="tel:18002738255">1-800-273-TALK</a> or text <a href="sms:686868">686868</a>.</p>',
	),
	array( array( 'bookingUrl' => 'https://clinic.example/book', 'lang' => 'fr' ), 'booking-cta', array(), '<a href="https://clinic.example/book">Réserver une consultation</a>' ),
);
foreach ( $fallbacks as $i => $case ) {
	list( $defaults, $tag, $values, $expected ) = $case;
	update_option( 'clinic_widgets_defaults', $defaults );
	$actual  = clinic_widgets_fallback( $tag, $values );
	$ok      = $actual === $expected;
	$failed += $ok ? 0 : 1;
	printf( "%s %d fallback <%s>%s</%s>%s\n", $ok ? 'ok' : 'not ok', count( $cases ) + 3 + $i, $tag, $actual, $tag, $ok ? '' : ' expected ' . $expected );
}
update_option( 'clinic_widgets_defaults', $site_defaults );

$total = count( $cases ) + 2 + count( $fallbacks );
echo $failed ? "FAILED $failed of $total\n" : "passed $total\n";
