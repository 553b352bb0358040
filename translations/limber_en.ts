<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Limber::BeforeYouStartPage</name>
    <message>
        <source>I Understand, &amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::Catalog</name>
    <message>
        <source>Cat-Cow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rocks the whole spine between an arched and a rounded back, in time with your breath, to loosen and mobilise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move slowly and only as far as feels comfortable at either end; keep the motion smooth instead of forcing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come onto your hands and knees, wrists directly below your shoulders and knees directly below your hips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in and let your back sink into an arch as your head and tailbone rise. This is the cow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out and curve your back up toward the ceiling, drawing your chin in toward your chest. This is the cat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s Pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resting stretch that lengthens the spine and opens the shoulders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle into the stretch gently. If it hurts rather than stretches, come out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneel on the floor and sit back so that you rest on your heels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach your arms out in front of you and bring your forehead down to the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread the Needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A turning stretch for the thoracic spine that frees up how your upper back rotates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the turn come from your upper back and go only as far as is comfortable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin on your hands and knees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide one arm along the floor underneath the other arm and turn your upper body, letting that shoulder and your head sink toward the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corner Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens tight chest muscles and the front of the shoulders, which takes pressure off the upper back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lean only as far as gives a comfortable stretch. Pinching in the shoulder or tingling in the arms means ease off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand facing into a corner of the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise your arms to shoulder height with your elbows bent and rest your forearms flat on the two walls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lean gently forward until you feel a stretch across your chest and the front of your shoulders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall Angels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow arm slides against a wall that work shoulder mobility and wake up the muscles of the mid back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide only as high as you can while your back stays flat against the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your back against a wall, your feet a few inches out from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise your arms with your elbows bent, resting them against the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide your arms slowly up and down the wall, as if you were making a snow angel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your back flat against the wall the whole time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scapular Retractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the muscles between the shoulder blades, and you can do it at your desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your shoulders low, away from your ears, and keep breathing while you squeeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit or stand up tall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengthens the muscles of the upper and lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small lift is enough. Keep your neck long and stop if your lower back hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your front with your arms stretched out beyond your head and your legs straight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise your arms, chest and legs off the floor, tightening the muscles of your upper and lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article says to hold for a few seconds; Limber counts 3 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengthens the mid and upper back with a resistance band or light dumbbells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your back straight as you lean forward, and use a band or weights you can pull smoothly, without jerking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a resistance band or a pair of light dumbbells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend forward a little at the hips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse Fly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works the back of the shoulders and the upper back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move slowly and with control; light weights are plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand or sit, bending a little at the hips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a dumbbell, or one end of a resistance band, in each hand with your arms stretched out in front of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your arms out wide, squeezing your shoulder blades together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your arms back to where they started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cobra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both a stretch and a strengthener: it extends the back while the back muscles do the lifting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rise only as high as is comfortable with your pelvis down. If your lower back pinches, come lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your stomach with your hands on the floor under your shoulders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press up gently, lifting your chest and arching your back while your pelvis stays on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam Rolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foam roller eases tension in the thoracic spine and the muscles around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the roller on your upper and mid back, away from your neck and lower back, and go gently over tender spots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll slowly up and down over your thoracic spine, letting the roller work out tension in the muscles around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article gives no time for foam rolling; Limber suggests one minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a neutral spine and stop slouching, above all during long hours at a desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upright does not mean stiff: stay relaxed and change position often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit or stand tall so that your spine keeps its natural, neutral curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice when you begin to slouch and gently bring yourself upright again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your posture often, especially during long spells of sitting at a desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article gives no time for a posture check; Limber suggests 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About five minutes at the office: no floor work and nothing to bring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five strengthening exercises. Rows and Reverse Fly need a resistance band or light dumbbells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An easy mobility set to loosen a stiff back after the night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the band or the weights in to your body, bringing your shoulder blades together as you pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie back with a foam roller across your upper back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return slowly to where you started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stretch, strengthening exercise and posture tip from the article, in its order. For Rows and Reverse Fly you need a resistance band or light dumbbells, and for Foam Rolling a foam roller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep flowing from one to the other with your breath, {times}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay there for {seconds}, breathing slowly and deeply as your spine and shoulders stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come up, pause, and do it {times} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for {seconds}, then do the same with the other arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat {times} on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for {seconds}, then step back. Do it {times}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on for {duration}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw your shoulder blades together and hold the squeeze for {seconds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat {times}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for {seconds}, then lower yourself down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do {reps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for {seconds}, then lower down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it {times}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll slowly up and down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit or stand tall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::CatalogFormat</name>
    <message>
        <source>the largest value is below the smallest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value Limber chose needs a note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps paced by the breath or a tempo need their phases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breath-paced reps need exactly two phases: inhale and exhale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every exercise needs at least two key positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key position &quot;%1&quot; is not one of the illustration&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a timed block without a tempo takes a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::CommandLine</name>
    <message>
        <source>List the exercise library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List built-in and your own routines with their total times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a routine&apos;s exercises with concrete doses and its total time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a routine file and say what is wrong with it, if anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the routine in a .limber.json file to your routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a routine to a .limber.json file to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option --%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;limber --help&apos; for how to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: limber [COMMAND] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUTINE is a routine&apos;s id or its exact name. Exit codes: 0 success, 1 a bad file or unknown routine, 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take the option --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing an argument. Usage: limber %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; got too many arguments (%2). Usage: limber %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the level must be gentle, standard or full, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;export&apos; needs -o FILE, the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limber: warning: your routines could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limber: the file is left as it is; only the built-in routines are available. Opening Limber&apos;s window moves it aside and starts afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no routine &apos;%1&apos;. &apos;limber routines&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exercises</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
    <message>
        <source>level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready %1, rest %2 between exercises, %3 to switch sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported, because your routines file could not be read (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (id %2) into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where your routines are kept (now %1; $%2 sets it too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>level and time, e.g. &apos;Gentle 4 min 3 s&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* your own numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: OK. &quot;%2&quot; has %n exercises and takes %3 (level: %4).</source>
        <translation>
            <numerusform>%1: OK. &quot;%2&quot; has %n exercise and takes %3 (level: %4).</numerusform>
            <numerusform>%1: OK. &quot;%2&quot; has %n exercises and takes %3 (level: %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a session&apos;s timeline: every step with its start and length in milliseconds, and its cues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a printable routine sheet as a PDF: illustrations, doses, steps, safety notes and N weeks (1 to 8) of tick boxes. The paper defaults to your locale&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;start&apos; does not take the option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;start&apos; needs one routine. Usage: limber start ROUTINE [--level gentle|standard|full]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, limber opens its window; &apos;limber start ROUTINE [--level L]&apos; opens it straight into that routine&apos;s session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sheet&apos; needs -o FILE.pdf, the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paper must be a4 or letter, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout must be detailed or compact, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weeks must be a whole number from 1 to 8, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name must be one line of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build of Limber cannot write routine sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the routine sheet for &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the next reminders (time with offset, rule, routine) from your schedule or another schedule file, or export the schedule as an iCalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--next must be a whole number from 1 to 1000, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be a date and time such as 2026-11-24T09:00 or 2026-11-24T09:00+01:00, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the schedule to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;limber --background&apos; starts Limber in the tray without opening its window, to wait for reminders (starting at login does this). While Limber runs, &apos;limber&apos; brings its window forward and &apos;limber start&apos; starts the routine there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a routine sheet is a PDF; give a name ending in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::CountdownRing</name>
    <message>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::CueText</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps, with your breath.</source>
        <translation>
            <numerusform>%n rep, with your breath.</numerusform>
            <numerusform>%n reps, with your breath.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps.</source>
        <translation>
            <numerusform>%n rep.</numerusform>
            <numerusform>%n reps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1, %n times.</source>
        <translation>
            <numerusform>Hold %1, once.</numerusform>
            <numerusform>Hold %1, %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps, holding %1 each.</source>
        <translation>
            <numerusform>%n rep, holding %1.</numerusform>
            <numerusform>%n reps, holding %1 each.</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sets.</source>
        <translation>
            <numerusform>%n set.</numerusform>
            <numerusform>%n sets.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>exercise name, then its dose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest. Next up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1 of %2, hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1 of %2: %3.</source>
        <comment>the rep count, then the first phase, e.g. Inhale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin. %1.</source>
        <comment>the length of a timed block</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At your own pace: %n reps. Mark the set done when you finish.</source>
        <translation>
            <numerusform>At your own pace: %n rep. Mark the set done when you finish.</numerusform>
            <numerusform>At your own pace: %n reps. Mark the set done when you finish.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest. Set %1 of %2 is next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. That is the whole session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <comment>the length of a timed block, then what to do: &apos;30 seconds. Sit or stand tall.&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::DesktopApp</name>
    <message>
        <source>Limber cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limber&apos;s own files are damaged; please reinstall it.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was kept as %1, and Limber starts with the built-in routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be moved aside (%1), so Limber will not save over it until you move it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routines could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reminders could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::DesktopReminders</name>
    <message>
        <source>%1

It was kept as %2, and your reminders start again from the suggested ones, switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

It could not be moved aside (%2), so Limber will not save reminders over it until you move it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reminders could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limber is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reminders will come as planned. To end Limber, choose Quit Limber from this icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::DoseEditor</name>
    <message>
        <source>Limber&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article: %1–%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reps or times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease between:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between se&amp;ts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the number the level chooses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own number (the level would choose %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::DoseText</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <comment>tempo phase, e.g. &apos;Pull 2 s&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reps: %1</source>
        <translation>
            <numerusform>%n rep: %1</numerusform>
            <numerusform>%n reps: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1, %n times</source>
        <translation>
            <numerusform>Hold %1, once</numerusform>
            <numerusform>Hold %1, %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps, holding %1 each</source>
        <translation>
            <numerusform>%n rep, holding %1</numerusform>
            <numerusform>%n reps, holding %1 each</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n sets</source>
        <translation>
            <numerusform>, %n set</numerusform>
            <numerusform>, %n sets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reps, paced by your breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 s, %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reps, holding %2 s each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::ExerciseDetailView</name>
    <message>
        <source>Choose an exercise to see how to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article says: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pace of each rep is Limber&apos;s suggestion; the article does not give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle uses the low end of the article&apos;s ranges, Full the high end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Start &amp;This Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guided session of this exercise alone, at the chosen level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this exercise to one of your routines, or to a new one. Built-in routines cannot be changed: copy one in Routines to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no routines of your own yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps at the %1 level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::ExerciseFacts</name>
    <message>
        <source>No equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>equipment: one or the other</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::ExerciseLibraryView</name>
    <message>
        <source>No floor work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only exercises you can do standing or sitting, for example at the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::FreedesktopNotifier</name>
    <message>
        <source>To start it, open Limber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Snooze %n min</numerusform>
            <numerusform>Snooze %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Limber::IllustrationFormat</name>
    <message>
        <source>expected a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range; it must be from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a point: [x, y] or [x, y, z] in centimetres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known prop; use wall, corner, chair, dumbbell, band or roller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the axis must not be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wall needs at least two points on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a corner needs three points on the floor: one wall&apos;s end, the corner, the other wall&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arrow is too short to see; it needs at least 3 cm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a per-side figure is drawn for &quot;left&quot; or &quot;right&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highlight must end above where it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every illustration needs at least two key positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key position &quot;%1&quot; is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; is illustrated twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::JsonFields</name>
    <message>
        <source>expected text in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text contains a control character (U+%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range; it must be from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list in square brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has %1 entries; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object in curly braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text contains invalid characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <comment>a place in a list, counted from 1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <comment>a place in the list named %2, counted from 1</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::JsonFile</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1, larger than the %2 Limber accepts; it is not a Limber file or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than the %1 Limber accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too soon; it may have been cut off while it was written or copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a &quot;%1&quot; file, not a &quot;%2&quot; file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Limber &quot;%1&quot; file (the &quot;format&quot; field is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;version&quot; field must be a whole number from 1 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was made by a newer Limber (format version %1); this Limber reads up to version %2. Update Limber to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be moved aside to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::Level</name>
    <message>
        <source>Gentle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::Library</name>
    <message>
        <source>the bundled exercise catalog is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled routines are damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::LoginItem</name>
    <message>
        <source>Starting at login is not available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::MainWindow</name>
    <message>
        <source>Limber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Limber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Limber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Limber %1&lt;/h3&gt;&lt;p&gt;Stretches and strengthening exercises for mid to upper back pain from desk work.&lt;/p&gt;&lt;p&gt;A few minutes every day works better than a long session now and then: consistency is what brings lasting relief.&lt;/p&gt;&lt;p&gt;&lt;b&gt;If your pain persists or gets worse, see a healthcare professional.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the &amp;Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limber could not set itself to start at login.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limber could not stop starting at login.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before You Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2. Edit ▸ Undo takes it out again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::ReminderController</name>
    <message numerus="yes">
        <source>Time for “%1”: about %n minute(s).</source>
        <translation>
            <numerusform>Time for “%1”: about %n minute.</numerusform>
            <numerusform>Time for “%1”: about %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The routine this reminder starts is no longer there. Open Limber to choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You were away at %1, and %n earlier reminder(s) passed too.</source>
        <translation>
            <numerusform>You were away at %1, and %n earlier reminder passed too.</numerusform>
            <numerusform>You were away at %1, and %n earlier reminders passed too.</numerusform>
        </translation>
    </message>
    <message>
        <source>You were away at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed from %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::ReminderReport</name>
    <message>
        <source>%1 (routine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders are coming up (no rule is switched on, or none has a day and a time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(snoozed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limber reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine &quot;%1&quot; in Limber.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::ReminderRuleDialog</name>
    <message>
        <source>At set &amp;times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;very few minutes within set hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to call this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another time of day (%1 at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the reminder starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder that is switched off keeps its settings but does not remind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times is the most a reminder can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routine with the id &quot;%1&quot; any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reminder a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours end (%1) before they start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminders a day: %1.</source>
        <translation>
            <numerusform>%n reminder a day: %1.</numerusform>
            <numerusform>%n reminders a day: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine this reminder started no longer exists. Choose what it should start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::ReminderTarget</name>
    <message>
        <source>Posture check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how you sit: keep your spine neutral and stop any slouching.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::ReminderText</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes from %1 to %2</source>
        <translation>
            <numerusform>Every minute from %1 to %2</numerusform>
            <numerusform>Every %n minutes from %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No times</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n times a day from %1 to %2</source>
        <translation>
            <numerusform>Once a day from %1 to %2</numerusform>
            <numerusform>%n times a day from %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>when a reminder comes, then on which days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date, then a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a date in Qt&apos;s date format: Mon 25 Nov</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::RemindersView</name>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Limber when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space switches the chosen reminder on or off; Enter edits it; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen reminder (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen reminder (Delete). You can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next five reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limber then waits in the background to remind you, from the moment you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On. Untick to switch this reminder off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off. Tick to switch this reminder on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine this reminder starts no longer exists. Edit the reminder to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the routine “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never — no days chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never — no times set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reminders is the most Limber keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no reminders. Add one and Limber will remind you to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are off until you switch one on: tick the box beside a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is coming up: there are no reminders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is coming up: every reminder is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is coming up: the reminders that are on have no days chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is coming up while reminders are paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is coming up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are paused until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are paused until tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are paused until tomorrow at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::RoutineEditor</name>
    <message>
        <source>&amp;Copy to Change It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ &amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine comes with Limber and cannot be changed. Make a copy to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a guided session of this routine at the chosen level (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this routine as a sheet with pictures, doses and tick boxes, or save it as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this routine is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle uses the low end of the article&apos;s ranges, Full the high end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;est between exercises:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder, or use Ctrl+Up and Ctrl+Down. Delete removes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercises with the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total: %1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::RoutineFormat</name>
    <message>
        <source>there is no exercise with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no hold to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a timed exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is timed, not counted in reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name must fit on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the level must be &quot;gentle&quot;, &quot;standard&quot; or &quot;full&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id may only use lowercase letters a-z, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::RoutineItemsModel</name>
    <message>
        <source>The level decides these numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Your own numbers; the level decides the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::RoutineSheetDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine Sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed: large pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact: fewer pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks of tick boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: a line to write it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks of tick boxes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>in the preview</comment>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Limber::RoutineSheetDialogs</name>
    <message>
        <source>The routine sheet cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: routine sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine sheet was not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Routine Sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine sheet could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::RoutineSheetWriter</name>
    <message>
        <source>Limber · %1 · %2 level</source>
        <comment>footer: routine name, level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Level: %1   ·   Takes about %2   ·   %n exercises</source>
        <translation>
            <numerusform>Level: %1   ·   Takes about %2   ·   %n exercise</numerusform>
            <numerusform>Level: %1   ·   Takes about %2   ·   %n exercises</numerusform>
        </translation>
    </message>
    <message>
        <source>ROUTINE SHEET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limber · exercises for the mid and upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few minutes every day does more good than a long session once in a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at it: doing the routine regularly is what brings lasting relief and helps keep the pain away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your pain persists or gets worse, see a healthcare professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to get the most from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>time an exercise takes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on one side: do the same on the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAFETY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a numbered step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a box for each exercise you do. In the last row, rate your back pain that day from 0 (none) to 10 (worst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ___ / ___</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain today (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder; give the name of a PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: routine sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet could not be drawn; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the exercise&apos;s facts, then the article&apos;s range</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::RoutineStore</name>
    <message>
        <source>built-in routines cannot be changed; make a copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no routine with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another routine already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file could not be read, so Limber will not save over it. Move it aside first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine may have at most %1 exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no routine with this id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no exercise with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine&apos;s id &quot;%1&quot; is not valid or not unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine &apos;%1&apos; has no exercises to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no routine &apos;%1&apos;. &apos;limber routines&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::RoutinesView</name>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your own copy of this routine, which you can then change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limber routines (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limber routines (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new routine of your own (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this routine. Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes with Limber: copy it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::SafetyAdvice</name>
    <message>
        <source>Limber&apos;s advice: stop and get advice from a doctor or physiotherapist if you feel pain spreading into an arm, numbness or tingling, sharp pain or pain that gets worse, or dizziness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These exercises are gentle, but they are not right for everyone. See a doctor or physiotherapist before you begin if you have any of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest pain, or pain together with shortness of breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness in your arms or legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain that began with a fall, an accident or another injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain with a fever, or while you feel generally unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that wakes you at night, or that does not ease when you rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you exercise, move gently and within what is comfortable. Stop and get advice if you feel pain spreading into an arm, numbness or tingling, sharp pain or pain that gets worse, or dizziness. If your pain persists or gets worse, see a healthcare professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is Limber&apos;s general advice, not a diagnosis, and not part of the article the exercises come from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::ScheduleFormat</name>
    <message>
        <source>&quot;%1&quot; is not a time of day; write 24-hour time as HH:MM, such as &quot;09:30&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time with its offset from UTC, such as &quot;2025-03-31T08:30:00Z&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id may only use lowercase letters a-z, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name must fit on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule needs at least one time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind must be &quot;times&quot; or &quot;interval&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine id may only use lowercase letters a-z, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target must be &quot;routine&quot; or &quot;posture-check&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no rule with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::ScheduleStore</name>
    <message>
        <source>this file could not be read, so Limber will not save over it. Move it aside first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::SessionWindow</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next step (Right or N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten more seconds of this (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next exercise (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count one rep (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how to do this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound on or off (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across the room: big countdown (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Limber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do It &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are %1 into this session. Stop now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guided session is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get back in position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pace: press Enter for each rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent: %1, paused %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few minutes every day is what helps most, and doing it regularly matters more than doing a lot. If your pain persists or gets worse, see a healthcare professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise was done this time. That is all right: come back whenever you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did every exercise of %1, from start to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did part of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did part of %1 of %2 exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did %1 of %2 exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You did %1 of %2 exercises, and part of %n more.</source>
        <translation>
            <numerusform>You did %1 of %2 exercises, and part of %n more.</numerusform>
            <numerusform>You did %1 of %2 exercises, and part of %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every bit counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back one step (Left or P). Press again soon after for the start of the exercise, and again for the previous exercise. Shift+Left: the start of the exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound is off: press M to turn it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n seconds</source>
        <translation>
            <numerusform>Stopped after %n second</numerusform>
            <numerusform>Stopped after %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n minutes</source>
        <translation>
            <numerusform>Stopped after %n minute</numerusform>
            <numerusform>Stopped after %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Limber::SessionWords</name>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::SingleInstance</name>
    <message>
        <source>The running Limber did not understand the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another version of Limber is running. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the level must be gentle, standard or full, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limber is still starting. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limber is running but did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::SoundMenu</name>
    <message>
        <source>&amp;Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short tones at the start, the last three seconds, side switches and the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance, where a speech engine is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;olume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech &amp;Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spea&amp;ker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine is installed: cues sound as tones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::StepText</name>
    <message numerus="yes">
        <source>%n times</source>
        <comment>how many times, in a step</comment>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <comment>a hold, in a step</comment>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>a timed block, in a step</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <comment>in a step</comment>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step names {%1}, which is not one of {times}, {seconds}, {duration} and {reps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step names {%1}, but this dose has no such number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article suggests: %1.</source>
        <comment>the article&apos;s range, beside the dose given</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::TimelineReport</name>
    <message numerus="yes">
        <source>%1 (%2): %3, %n steps</source>
        <translation>
            <numerusform>%1 (%2): %3, %n step</numerusform>
            <numerusform>%1 (%2): %3, %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>rep %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(self-paced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::TrayIcon</name>
    <message>
        <source>Start a &amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an &amp;Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip Next Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Limber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Limber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <comment>a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a weekday, then a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date, then a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>a moment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 %2</source>
        <comment>a moment, then the reminder&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze “%1” for %n min</source>
        <translation>
            <numerusform>S&amp;nooze “%1” for %n min</numerusform>
            <numerusform>S&amp;nooze “%1” for %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Limber::TrayMessageNotifier</name>
    <message>
        <source>Click here to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::Vocabulary</name>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On all fours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting or standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light dumbbells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between the shoulder blades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting</source>
        <comment>a filter: exercises one can do sitting</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::WeekdayPicker</name>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>Monday to Friday, shortened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limber::WindowNotifier</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation>
            <numerusform>S&amp;nooze %n min</numerusform>
            <numerusform>S&amp;nooze %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Limber::XdgAutostart</name>
    <message>
        <source>the file cannot be removed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts Limber in the background for your exercise reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
