<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Limber::BeforeYouStartPage</name>
    <message>
        <source>I Understand, &amp;Continue</source>
        <translation>Verstanden, &amp;weiter</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>Limber::Catalog</name>
    <message>
        <source>Cat-Cow</source>
        <translation>Katze-Kuh</translation>
    </message>
    <message>
        <source>Rocks the whole spine between an arched and a rounded back, in time with your breath, to loosen and mobilise it.</source>
        <translation>Bewegt die ganze Wirbelsäule im Rhythmus deines Atems zwischen Hohlkreuz und rundem Rücken hin und her, um sie zu lockern und zu mobilisieren.</translation>
    </message>
    <message>
        <source>Move slowly and only as far as feels comfortable at either end; keep the motion smooth instead of forcing it.</source>
        <translation>Beweg dich langsam und in beide Richtungen nur so weit, wie es sich angenehm anfühlt; halte die Bewegung fließend, statt sie zu erzwingen.</translation>
    </message>
    <message>
        <source>Come onto your hands and knees, wrists directly below your shoulders and knees directly below your hips.</source>
        <translation>Geh in den Vierfüßlerstand: die Handgelenke direkt unter den Schultern, die Knie direkt unter den Hüften.</translation>
    </message>
    <message>
        <source>Breathe in and let your back sink into an arch as your head and tailbone rise. This is the cow.</source>
        <translation>Atme ein und lass den Rücken in ein Hohlkreuz sinken, während sich Kopf und Steißbein heben. Das ist die Kuh.</translation>
    </message>
    <message>
        <source>Breathe out and curve your back up toward the ceiling, drawing your chin in toward your chest. This is the cat.</source>
        <translation>Atme aus und wölbe den Rücken nach oben zur Decke, dabei ziehst du das Kinn zur Brust. Das ist die Katze.</translation>
    </message>
    <message>
        <source>Keep flowing from one to the other with your breath, {times}.</source>
        <translation>Wechsle im Rhythmus deines Atems fließend zwischen beiden hin und her, {times}.</translation>
    </message>
    <message>
        <source>Inhale</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Child&apos;s Pose</source>
        <translation>Kindhaltung</translation>
    </message>
    <message>
        <source>A resting stretch that lengthens the spine and opens the shoulders.</source>
        <translation>Eine entspannende Dehnhaltung, die die Wirbelsäule streckt und die Schultern öffnet.</translation>
    </message>
    <message>
        <source>Settle into the stretch gently. If it hurts rather than stretches, come out of it.</source>
        <translation>Lass dich sanft in die Dehnung sinken. Wenn es wehtut, statt angenehm zu ziehen, komm aus der Haltung heraus.</translation>
    </message>
    <message>
        <source>Kneel on the floor and sit back so that you rest on your heels.</source>
        <translation>Knie dich auf den Boden und setz dich nach hinten auf deine Fersen.</translation>
    </message>
    <message>
        <source>Reach your arms out in front of you and bring your forehead down to the floor.</source>
        <translation>Streck die Arme nach vorn aus und leg die Stirn auf dem Boden ab.</translation>
    </message>
    <message>
        <source>Stay there for {seconds}, breathing slowly and deeply as your spine and shoulders stretch.</source>
        <translation>Bleib {seconds} so und atme langsam und tief, während sich Wirbelsäule und Schultern dehnen.</translation>
    </message>
    <message>
        <source>Come up, pause, and do it {times} in all.</source>
        <translation>Komm hoch, mach eine kurze Pause und wiederhole das, insgesamt {times}.</translation>
    </message>
    <message>
        <source>Thread the Needle</source>
        <translation>Nadelöhr</translation>
    </message>
    <message>
        <source>A turning stretch for the thoracic spine that frees up how your upper back rotates.</source>
        <translation>Eine Drehdehnung für die Brustwirbelsäule, die die Drehbeweglichkeit deines oberen Rückens verbessert.</translation>
    </message>
    <message>
        <source>Let the turn come from your upper back and go only as far as is comfortable.</source>
        <translation>Lass die Drehung aus dem oberen Rücken kommen und geh nur so weit, wie es angenehm ist.</translation>
    </message>
    <message>
        <source>Begin on your hands and knees.</source>
        <translation>Beginne im Vierfüßlerstand.</translation>
    </message>
    <message>
        <source>Slide one arm along the floor underneath the other arm and turn your upper body, letting that shoulder and your head sink toward the floor.</source>
        <translation>Schieb einen Arm unter dem anderen Arm hindurch am Boden entlang und dreh dabei den Oberkörper, sodass diese Schulter und dein Kopf zum Boden sinken.</translation>
    </message>
    <message>
        <source>Hold for {seconds}, then do the same with the other arm.</source>
        <translation>Halte {seconds}, dann mach dasselbe mit dem anderen Arm.</translation>
    </message>
    <message>
        <source>Repeat {times} on each side.</source>
        <translation>Wiederhole das {times} pro Seite.</translation>
    </message>
    <message>
        <source>Corner Stretch</source>
        <translation>Eckendehnung</translation>
    </message>
    <message>
        <source>Opens tight chest muscles and the front of the shoulders, which takes pressure off the upper back.</source>
        <translation>Öffnet verkürzte Brustmuskeln und die Vorderseite der Schultern und entlastet so den oberen Rücken.</translation>
    </message>
    <message>
        <source>Lean only as far as gives a comfortable stretch. Pinching in the shoulder or tingling in the arms means ease off.</source>
        <translation>Lehn dich nur so weit vor, dass die Dehnung angenehm bleibt. Zwickt es in der Schulter oder kribbelt es in den Armen, lass nach.</translation>
    </message>
    <message>
        <source>Stand facing into a corner of the room.</source>
        <translation>Stell dich mit dem Gesicht zu einer Zimmerecke.</translation>
    </message>
    <message>
        <source>Raise your arms to shoulder height with your elbows bent and rest your forearms flat on the two walls.</source>
        <translation>Heb die Arme mit gebeugten Ellbogen auf Schulterhöhe und leg die Unterarme flach an die beiden Wände.</translation>
    </message>
    <message>
        <source>Lean gently forward until you feel a stretch across your chest and the front of your shoulders.</source>
        <translation>Lehn dich sanft nach vorn, bis du eine Dehnung quer über die Brust und vorn an den Schultern spürst.</translation>
    </message>
    <message>
        <source>Hold for {seconds}, then step back. Do it {times}.</source>
        <translation>Halte {seconds}, dann tritt zurück. Mach das {times}.</translation>
    </message>
    <message>
        <source>Wall Angels</source>
        <translation>Wandengel</translation>
    </message>
    <message>
        <source>Slow arm slides against a wall that work shoulder mobility and wake up the muscles of the mid back.</source>
        <translation>Langsames Gleiten der Arme an der Wand, das die Schultern beweglich macht und die Muskeln des mittleren Rückens aktiviert.</translation>
    </message>
    <message>
        <source>Slide only as high as you can while your back stays flat against the wall.</source>
        <translation>Gleite nur so weit nach oben, wie dein Rücken dabei flach an der Wand bleibt.</translation>
    </message>
    <message>
        <source>Stand with your back against a wall, your feet a few inches out from it.</source>
        <translation>Stell dich mit dem Rücken an eine Wand, die Füße etwa eine Handbreit von ihr entfernt.</translation>
    </message>
    <message>
        <source>Raise your arms with your elbows bent, resting them against the wall.</source>
        <translation>Heb die Arme mit gebeugten Ellbogen und leg sie an die Wand.</translation>
    </message>
    <message>
        <source>Slide your arms slowly up and down the wall, as if you were making a snow angel.</source>
        <translation>Lass die Arme langsam an der Wand auf und ab gleiten, als würdest du einen Schneeengel machen.</translation>
    </message>
    <message>
        <source>Keep your back flat against the wall the whole time.</source>
        <translation>Halte den Rücken die ganze Zeit flach an der Wand.</translation>
    </message>
    <message>
        <source>Carry on for {duration}.</source>
        <translation>Mach das {duration} lang.</translation>
    </message>
    <message>
        <source>Slide up</source>
        <translation>Hochgleiten</translation>
    </message>
    <message>
        <source>Roll slowly up and down</source>
        <translation>Langsam auf und ab rollen</translation>
    </message>
    <message>
        <source>Sit or stand tall</source>
        <translation>Aufrecht sitzen oder stehen</translation>
    </message>
    <message>
        <source>Slide down</source>
        <translation>Heruntergleiten</translation>
    </message>
    <message>
        <source>Scapular Retractions</source>
        <translation>Schulterblätter zusammenziehen</translation>
    </message>
    <message>
        <source>Builds the muscles between the shoulder blades, and you can do it at your desk.</source>
        <translation>Kräftigt die Muskeln zwischen den Schulterblättern und geht auch am Schreibtisch.</translation>
    </message>
    <message>
        <source>Keep your shoulders low, away from your ears, and keep breathing while you squeeze.</source>
        <translation>Lass die Schultern unten, weg von den Ohren, und atme weiter, während du die Schulterblätter zusammenziehst.</translation>
    </message>
    <message>
        <source>Sit or stand up tall.</source>
        <translation>Setz oder stell dich aufrecht hin.</translation>
    </message>
    <message>
        <source>Draw your shoulder blades together and hold the squeeze for {seconds}.</source>
        <translation>Zieh die Schulterblätter zusammen und halte die Spannung {seconds}.</translation>
    </message>
    <message>
        <source>Let go.</source>
        <translation>Lass locker.</translation>
    </message>
    <message>
        <source>Repeat {times}.</source>
        <translation>Wiederhole das {times}.</translation>
    </message>
    <message>
        <source>Superman</source>
        <translation>Superman</translation>
    </message>
    <message>
        <source>Strengthens the muscles of the upper and lower back.</source>
        <translation>Kräftigt die Muskeln des oberen und unteren Rückens.</translation>
    </message>
    <message>
        <source>A small lift is enough. Keep your neck long and stop if your lower back hurts.</source>
        <translation>Ein kleines Anheben reicht. Halte den Nacken lang und hör auf, wenn dein unterer Rücken schmerzt.</translation>
    </message>
    <message>
        <source>Lie on your front with your arms stretched out beyond your head and your legs straight.</source>
        <translation>Leg dich auf den Bauch, die Arme über den Kopf hinaus ausgestreckt und die Beine gerade.</translation>
    </message>
    <message>
        <source>Raise your arms, chest and legs off the floor, tightening the muscles of your upper and lower back.</source>
        <translation>Heb Arme, Brust und Beine vom Boden ab und spann dabei die Muskeln des oberen und unteren Rückens an.</translation>
    </message>
    <message>
        <source>Hold for {seconds}, then lower yourself down.</source>
        <translation>Halte {seconds}, dann senk dich wieder ab.</translation>
    </message>
    <message>
        <source>The article says to hold for a few seconds; Limber counts 3 seconds.</source>
        <translation>Laut Artikel hältst du ein paar Sekunden; Limber zählt 3 Sekunden.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rudern</translation>
    </message>
    <message>
        <source>Strengthens the mid and upper back with a resistance band or light dumbbells.</source>
        <translation>Kräftigt den mittleren und oberen Rücken mit einem Widerstandsband oder leichten Kurzhanteln.</translation>
    </message>
    <message>
        <source>Keep your back straight as you lean forward, and use a band or weights you can pull smoothly, without jerking.</source>
        <translation>Halte den Rücken gerade, wenn du dich nach vorn beugst, und nimm ein Band oder Gewichte, die du gleichmäßig und ohne Ruck ziehen kannst.</translation>
    </message>
    <message>
        <source>Take a resistance band or a pair of light dumbbells.</source>
        <translation>Nimm ein Widerstandsband oder zwei leichte Kurzhanteln.</translation>
    </message>
    <message>
        <source>Bend forward a little at the hips.</source>
        <translation>Beug dich in der Hüfte etwas nach vorn.</translation>
    </message>
    <message>
        <source>Do {reps}.</source>
        <translation>Mach {reps}.</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Ziehen</translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation>Zusammenziehen</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Absenken</translation>
    </message>
    <message>
        <source>Reverse Fly</source>
        <translation>Reverse Fly</translation>
    </message>
    <message>
        <source>Works the back of the shoulders and the upper back.</source>
        <translation>Trainiert die Rückseite der Schultern und den oberen Rücken.</translation>
    </message>
    <message>
        <source>Move slowly and with control; light weights are plenty.</source>
        <translation>Beweg dich langsam und kontrolliert; leichte Gewichte reichen völlig.</translation>
    </message>
    <message>
        <source>Stand or sit, bending a little at the hips.</source>
        <translation>Stell oder setz dich hin und beug dich in der Hüfte etwas nach vorn.</translation>
    </message>
    <message>
        <source>Hold a dumbbell, or one end of a resistance band, in each hand with your arms stretched out in front of you.</source>
        <translation>Halte in jeder Hand eine Kurzhantel oder ein Ende eines Widerstandsbands, die Arme nach vorn ausgestreckt.</translation>
    </message>
    <message>
        <source>Open your arms out wide, squeezing your shoulder blades together.</source>
        <translation>Öffne die Arme weit zur Seite und zieh dabei die Schulterblätter zusammen.</translation>
    </message>
    <message>
        <source>Bring your arms back to where they started.</source>
        <translation>Führ die Arme zurück in die Ausgangsposition.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurückführen</translation>
    </message>
    <message>
        <source>Cobra</source>
        <translation>Kobra</translation>
    </message>
    <message>
        <source>Both a stretch and a strengthener: it extends the back while the back muscles do the lifting.</source>
        <translation>Dehnung und Kräftigung zugleich: Der Rücken wird gestreckt, während die Rückenmuskeln dich anheben.</translation>
    </message>
    <message>
        <source>Rise only as high as is comfortable with your pelvis down. If your lower back pinches, come lower.</source>
        <translation>Komm nur so weit hoch, wie es mit dem Becken am Boden angenehm ist. Zwickt es im unteren Rücken, geh tiefer.</translation>
    </message>
    <message>
        <source>Lie on your stomach with your hands on the floor under your shoulders.</source>
        <translation>Leg dich auf den Bauch, die Hände unter den Schultern auf dem Boden.</translation>
    </message>
    <message>
        <source>Press up gently, lifting your chest and arching your back while your pelvis stays on the floor.</source>
        <translation>Drück dich sanft hoch: Heb die Brust und bieg den Rücken nach hinten, während dein Becken am Boden bleibt.</translation>
    </message>
    <message>
        <source>Hold for {seconds}, then lower down.</source>
        <translation>Halte {seconds}, dann senk dich wieder ab.</translation>
    </message>
    <message>
        <source>Do it {times}.</source>
        <translation>Mach das {times}.</translation>
    </message>
    <message>
        <source>Foam Rolling</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>A foam roller eases tension in the thoracic spine and the muscles around it.</source>
        <translation>Eine Faszienrolle löst Verspannungen in der Brustwirbelsäule und den umliegenden Muskeln.</translation>
    </message>
    <message>
        <source>Keep the roller on your upper and mid back, away from your neck and lower back, and go gently over tender spots.</source>
        <translation>Roll nur über den oberen und mittleren Rücken, nicht über Nacken und unteren Rücken, und geh behutsam über empfindliche Stellen.</translation>
    </message>
    <message>
        <source>Roll slowly up and down over your thoracic spine, letting the roller work out tension in the muscles around it.</source>
        <translation>Roll langsam über deine Brustwirbelsäule auf und ab und lass die Rolle Verspannungen in den umliegenden Muskeln lösen.</translation>
    </message>
    <message>
        <source>The article gives no time for foam rolling; Limber suggests one minute.</source>
        <translation>Der Artikel nennt keine Dauer für die Faszienrolle; Limber schlägt eine Minute vor.</translation>
    </message>
    <message>
        <source>Posture Correction</source>
        <translation>Haltungskorrektur</translation>
    </message>
    <message>
        <source>Keep a neutral spine and stop slouching, above all during long hours at a desk.</source>
        <translation>Halte die Wirbelsäule neutral und sack nicht in dich zusammen, vor allem bei langen Stunden am Schreibtisch.</translation>
    </message>
    <message>
        <source>Upright does not mean stiff: stay relaxed and change position often.</source>
        <translation>Aufrecht heißt nicht steif: Bleib locker und wechsle oft die Position.</translation>
    </message>
    <message>
        <source>Sit or stand tall so that your spine keeps its natural, neutral curves.</source>
        <translation>Sitz oder steh aufrecht, sodass deine Wirbelsäule ihre natürlichen, neutralen Krümmungen behält.</translation>
    </message>
    <message>
        <source>Notice when you begin to slouch and gently bring yourself upright again.</source>
        <translation>Achte darauf, wann du anfängst, in dich zusammenzusacken, und richte dich sanft wieder auf.</translation>
    </message>
    <message>
        <source>Check your posture often, especially during long spells of sitting at a desk.</source>
        <translation>Überprüfe deine Haltung oft, besonders wenn du lange am Schreibtisch sitzt.</translation>
    </message>
    <message>
        <source>The article gives no time for a posture check; Limber suggests 30 seconds.</source>
        <translation>Der Artikel nennt keine Dauer für den Haltungscheck; Limber schlägt 30 Sekunden vor.</translation>
    </message>
    <message>
        <source>Full program</source>
        <translation>Komplettprogramm</translation>
    </message>
    <message>
        <source>Desk break</source>
        <translation>Schreibtischpause</translation>
    </message>
    <message>
        <source>About five minutes at the office: no floor work and nothing to bring.</source>
        <translation>Etwa fünf Minuten im Büro: keine Übungen auf dem Boden und nichts mitzubringen.</translation>
    </message>
    <message>
        <source>Strength set</source>
        <translation>Kräftigungsrunde</translation>
    </message>
    <message>
        <source>The five strengthening exercises. Rows and Reverse Fly need a resistance band or light dumbbells.</source>
        <translation>Die fünf Kräftigungsübungen. Für Rudern und Reverse Fly brauchst du ein Widerstandsband oder leichte Kurzhanteln.</translation>
    </message>
    <message>
        <source>Gentle morning</source>
        <translation>Sanfter Morgen</translation>
    </message>
    <message>
        <source>An easy mobility set to loosen a stiff back after the night.</source>
        <translation>Eine leichte Mobilisationsrunde, die einen steifen Rücken nach der Nacht lockert.</translation>
    </message>
    <message>
        <source>Draw the band or the weights in to your body, bringing your shoulder blades together as you pull.</source>
        <translation>Zieh das Band oder die Gewichte zum Körper heran und führ dabei die Schulterblätter zusammen.</translation>
    </message>
    <message>
        <source>Lie back with a foam roller across your upper back.</source>
        <translation>Leg dich auf den Rücken, eine Faszienrolle quer unter dem oberen Rücken.</translation>
    </message>
    <message>
        <source>Return slowly to where you started.</source>
        <translation>Kehre langsam in die Ausgangsposition zurück.</translation>
    </message>
    <message>
        <source>Every stretch, strengthening exercise and posture tip from the article, in its order. For Rows and Reverse Fly you need a resistance band or light dumbbells, and for Foam Rolling a foam roller.</source>
        <translation>Alle Dehnungen, Kräftigungsübungen und Haltungstipps aus dem Artikel in seiner Reihenfolge. Für Rudern und Reverse Fly brauchst du ein Widerstandsband oder leichte Kurzhanteln, für die Faszienrolle eine Faszienrolle.</translation>
    </message>
</context>
<context>
    <name>Limber::CatalogFormat</name>
    <message>
        <source>the largest value is below the smallest.</source>
        <translation>der größte Wert ist kleiner als der kleinste.</translation>
    </message>
    <message>
        <source>a value Limber chose needs a note saying why.</source>
        <translation>ein von Limber gewählter Wert braucht eine Anmerkung, die ihn begründet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value.</source>
        <translation>„%1“ ist kein bekannter Wert.</translation>
    </message>
    <message>
        <source>the list must not be empty.</source>
        <translation>die Liste darf nicht leer sein.</translation>
    </message>
    <message>
        <source>reps paced by the breath or a tempo need their phases.</source>
        <translation>Wiederholungen im Atemrhythmus oder mit Tempo brauchen ihre Phasen.</translation>
    </message>
    <message>
        <source>only a timed block without a tempo takes a prompt.</source>
        <translation>nur ein Zeitblock ohne Tempo nimmt eine Anleitung.</translation>
    </message>
    <message>
        <source>breath-paced reps need exactly two phases: inhale and exhale.</source>
        <translation>Wiederholungen im Atemrhythmus brauchen genau zwei Phasen: einatmen und ausatmen.</translation>
    </message>
    <message>
        <source>every exercise needs at least two key positions.</source>
        <translation>jede Übung braucht mindestens zwei Schlüsselpositionen.</translation>
    </message>
    <message>
        <source>the key position &quot;%1&quot; is not one of the illustration&apos;s.</source>
        <translation>die Schlüsselposition „%1“ gehört nicht zu denen der Illustration.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice.</source>
        <translation>die ID „%1“ wird zweimal verwendet.</translation>
    </message>
</context>
<context>
    <name>Limber::CommandLine</name>
    <message>
        <source>List the exercise library.</source>
        <translation>Die Übungsbibliothek auflisten.</translation>
    </message>
    <message>
        <source>List built-in and your own routines with their total times.</source>
        <translation>Mitgelieferte und eigene Routinen mit ihrer Gesamtdauer auflisten.</translation>
    </message>
    <message>
        <source>Show a routine&apos;s exercises with concrete doses and its total time.</source>
        <translation>Die Übungen einer Routine mit konkretem Umfang und ihre Gesamtdauer anzeigen.</translation>
    </message>
    <message>
        <source>Check a routine file and say what is wrong with it, if anything.</source>
        <translation>Eine Routinendatei prüfen und melden, ob und was daran nicht stimmt.</translation>
    </message>
    <message>
        <source>Add the routine in a .limber.json file to your routines.</source>
        <translation>Die Routine aus einer .limber.json-Datei zu deinen Routinen hinzufügen.</translation>
    </message>
    <message>
        <source>Save a routine to a .limber.json file to share it.</source>
        <translation>Eine Routine zum Teilen in einer .limber.json-Datei speichern.</translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation>die Option %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>the option --%1 takes no value.</source>
        <translation>die Option --%1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>the option --%1 is given twice.</source>
        <translation>die Option --%1 wurde zweimal angegeben.</translation>
    </message>
    <message>
        <source>Try &apos;limber --help&apos; for how to use it.</source>
        <translation>Mit „limber --help“ erfährst du, wie es geht.</translation>
    </message>
    <message>
        <source>Usage: limber [COMMAND] [OPTIONS]</source>
        <translation>Aufruf: limber [BEFEHL] [OPTIONEN]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Optionen für alle Befehle:</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <source>ROUTINE is a routine&apos;s id or its exact name. Exit codes: 0 success, 1 a bad file or unknown routine, 2 wrong usage.</source>
        <translation>ROUTINE ist die ID oder der genaue Name einer Routine. Exit-Codes: 0 Erfolg, 1 fehlerhafte Datei oder unbekannte Routine, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command.</source>
        <translation>„%1“ ist kein Befehl.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take the option --%2.</source>
        <translation>„%1“ kennt die Option --%2 nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing an argument. Usage: limber %2</source>
        <translation>für „%1“ fehlt ein Argument. Aufruf: limber %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; got too many arguments (%2). Usage: limber %3</source>
        <translation>„%1“ hat zu viele Argumente erhalten (%2). Aufruf: limber %3</translation>
    </message>
    <message>
        <source>the level must be gentle, standard or full, not &apos;%1&apos;.</source>
        <translation>die Stufe muss gentle, standard oder full sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs -o FILE, the file to write.</source>
        <translation>„export“ braucht -o FILE, die Datei, in die geschrieben wird.</translation>
    </message>
    <message>
        <source>limber: warning: your routines could not be read: %1</source>
        <translation>limber: Warnung: deine Routinen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>limber: the file is left as it is; only the built-in routines are available. Opening Limber&apos;s window moves it aside and starts afresh.</source>
        <translation>limber: die Datei bleibt unverändert; nur die mitgelieferten Routinen sind verfügbar. Wenn du das Limber-Fenster öffnest, wird sie beiseitegelegt und Limber fängt neu an.</translation>
    </message>
    <message>
        <source>there is no routine &apos;%1&apos;. &apos;limber routines&apos; lists them.</source>
        <translation>es gibt keine Routine „%1“. „limber routines“ listet alle Routinen auf.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message numerus="yes">
        <source>%n exercises</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>level: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <source>Get ready %1, rest %2 between exercises, %3 to switch sides.</source>
        <translation>Vorbereitung %1, Pause zwischen den Übungen %2, Seitenwechsel %3.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>nothing was imported, because your routines file could not be read (see above).</source>
        <translation>es wurde nichts importiert, weil deine Routinendatei nicht gelesen werden konnte (siehe oben).</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (id %2) into %3.</source>
        <translation>„%1“ (ID %2) wurde in %3 importiert.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Add --force to replace it.</source>
        <translation>%1 gibt es schon; es wurde nichts geschrieben. Mit --force wird die Datei ersetzt.</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>„%1“ wurde nach %2 exportiert.</translation>
    </message>
    <message>
        <source>where your routines are kept (now %1; $%2 sets it too)</source>
        <translation>wo deine Routinen gespeichert werden (derzeit %1; auch über $%2 einstellbar)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>level and time, e.g. &apos;Gentle 4 min 3 s&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>* your own numbers</source>
        <translation>* deine eigenen Werte</translation>
    </message>
    <message numerus="yes">
        <source>%1: OK. &quot;%2&quot; has %n exercises and takes %3 (level: %4).</source>
        <translation>
            <numerusform>%1: OK. „%2“ hat %n Übung und dauert %3 (Stufe: %4).</numerusform>
            <numerusform>%1: OK. „%2“ hat %n Übungen und dauert %3 (Stufe: %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a session&apos;s timeline: every step with its start and length in milliseconds, and its cues.</source>
        <translation>Den Ablauf einer Einheit ausgeben: jeden Schritt mit Beginn und Dauer in Millisekunden sowie seine Ansagen.</translation>
    </message>
    <message>
        <source>Write a printable routine sheet as a PDF: illustrations, doses, steps, safety notes and N weeks (1 to 8) of tick boxes. The paper defaults to your locale&apos;s.</source>
        <translation>Ein druckbares Routinenblatt als PDF schreiben: Illustrationen, Umfang, Schritte, Sicherheitshinweise und Kästchen zum Abhaken für N Wochen (1 bis 8). Das Papierformat richtet sich standardmäßig nach deinen Regionaleinstellungen.</translation>
    </message>
    <message>
        <source>&apos;start&apos; does not take the option --%1.</source>
        <translation>„start“ kennt die Option --%1 nicht.</translation>
    </message>
    <message>
        <source>&apos;start&apos; needs one routine. Usage: limber start ROUTINE [--level gentle|standard|full]</source>
        <translation>„start“ braucht eine Routine. Aufruf: limber start ROUTINE [--level gentle|standard|full]</translation>
    </message>
    <message>
        <source>Without a command, limber opens its window; &apos;limber start ROUTINE [--level L]&apos; opens it straight into that routine&apos;s session.</source>
        <translation>Ohne Befehl öffnet limber sein Fenster; „limber start ROUTINE [--level L]“ öffnet es direkt mit einer Einheit dieser Routine.</translation>
    </message>
    <message>
        <source>&apos;sheet&apos; needs -o FILE.pdf, the file to write.</source>
        <translation>„sheet“ braucht -o FILE.pdf, die Datei, in die geschrieben wird.</translation>
    </message>
    <message>
        <source>the paper must be a4 or letter, not &apos;%1&apos;.</source>
        <translation>das Papierformat muss a4 oder letter sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>the layout must be detailed or compact, not &apos;%1&apos;.</source>
        <translation>das Layout muss detailed oder compact sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--weeks must be a whole number from 1 to 8, not &apos;%1&apos;.</source>
        <translation>--weeks muss eine ganze Zahl von 1 bis 8 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--name must be one line of at most %1 characters.</source>
        <translation>--name muss eine einzelne Zeile mit höchstens %1 Zeichen sein.</translation>
    </message>
    <message>
        <source>this build of Limber cannot write routine sheets.</source>
        <translation>diese Limber-Version kann keine Routinenblätter schreiben.</translation>
    </message>
    <message>
        <source>Wrote the routine sheet for &quot;%1&quot; to %2.</source>
        <translation>Das Routinenblatt für „%1“ wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>List the next reminders (time with offset, rule, routine) from your schedule or another schedule file, or export the schedule as an iCalendar file.</source>
        <translation>Die nächsten Erinnerungen auflisten (Zeit mit Zeitzonenversatz, Regel, Routine), aus deinem Zeitplan oder einer anderen Zeitplandatei, oder den Zeitplan als iCalendar-Datei exportieren.</translation>
    </message>
    <message>
        <source>--next must be a whole number from 1 to 1000, not &apos;%1&apos;.</source>
        <translation>--next muss eine ganze Zahl von 1 bis 1000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--from must be a date and time such as 2026-11-24T09:00 or 2026-11-24T09:00+01:00, not &apos;%1&apos;.</source>
        <translation>--from muss ein Datum mit Uhrzeit sein, etwa 2026-11-24T09:00 oder 2026-11-24T09:00+01:00, nicht „%1“.</translation>
    </message>
    <message>
        <source>Wrote the schedule to %1.</source>
        <translation>Zeitplan nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>&apos;limber --background&apos; starts Limber in the tray without opening its window, to wait for reminders (starting at login does this). While Limber runs, &apos;limber&apos; brings its window forward and &apos;limber start&apos; starts the routine there.</source>
        <translation>„limber --background“ startet Limber im Infobereich, ohne sein Fenster zu öffnen, und wartet dort auf Erinnerungen (so startet Limber auch bei der Anmeldung). Während Limber läuft, holt „limber“ sein Fenster nach vorn und „limber start“ startet die Routine dort.</translation>
    </message>
    <message>
        <source>%1: a routine sheet is a PDF; give a name ending in .pdf</source>
        <translation>%1: ein Routinenblatt ist ein PDF; gib einen Namen an, der auf .pdf endet</translation>
    </message>
</context>
<context>
    <name>Limber::CountdownRing</name>
    <message>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
</context>
<context>
    <name>Limber::CueText</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>eine Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>eine Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps, with your breath.</source>
        <translation>
            <numerusform>Eine Wiederholung im Atemrhythmus.</numerusform>
            <numerusform>%n Wiederholungen im Atemrhythmus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps.</source>
        <translation>
            <numerusform>Eine Wiederholung.</numerusform>
            <numerusform>%n Wiederholungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1, %n times.</source>
        <translation>
            <numerusform>%1 halten, einmal.</numerusform>
            <numerusform>%1 halten, %n Mal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps, holding %1 each.</source>
        <translation>
            <numerusform>Eine Wiederholung, %1 halten.</numerusform>
            <numerusform>%n Wiederholungen, jeweils %1 halten.</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1.</source>
        <translation>%1 lang.</translation>
    </message>
    <message>
        <source>Each side.</source>
        <translation>Pro Seite.</translation>
    </message>
    <message numerus="yes">
        <source>%n sets.</source>
        <translation>
            <numerusform>Ein Durchgang.</numerusform>
            <numerusform>%n Durchgänge.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>exercise name, then its dose</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Get ready. %1</source>
        <translation>Mach dich bereit. %1</translation>
    </message>
    <message>
        <source>Rest. Next up: %1</source>
        <translation>Pause. Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Left side.</source>
        <translation>Linke Seite.</translation>
    </message>
    <message>
        <source>Right side.</source>
        <translation>Rechte Seite.</translation>
    </message>
    <message>
        <source>Hold %1 of %2.</source>
        <translation>Halten, %1 von %2.</translation>
    </message>
    <message>
        <source>Rep %1 of %2, hold.</source>
        <translation>Wiederholung %1 von %2, halten.</translation>
    </message>
    <message>
        <source>Rep %1 of %2: %3.</source>
        <comment>the rep count, then the first phase, e.g. Inhale</comment>
        <translation>Wiederholung %1 von %2: %3.</translation>
    </message>
    <message>
        <source>Begin. %1.</source>
        <comment>the length of a timed block</comment>
        <translation>Los geht’s. %1.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <comment>the length of a timed block, then what to do: &apos;30 seconds. Sit or stand tall.&apos;</comment>
        <translation>%1. %2.</translation>
    </message>
    <message numerus="yes">
        <source>At your own pace: %n reps. Mark the set done when you finish.</source>
        <translation>
            <numerusform>In deinem eigenen Tempo: eine Wiederholung. Markiere den Durchgang als erledigt, wenn du fertig bist.</numerusform>
            <numerusform>In deinem eigenen Tempo: %n Wiederholungen. Markiere den Durchgang als erledigt, wenn du fertig bist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release.</source>
        <translation>Locker lassen.</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Halbzeit.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Seite wechseln.</translation>
    </message>
    <message>
        <source>Rest. Set %1 of %2 is next.</source>
        <translation>Pause. Als Nächstes kommt Durchgang %1 von %2.</translation>
    </message>
    <message>
        <source>Well done. That is the whole session.</source>
        <translation>Gut gemacht. Das war die ganze Einheit.</translation>
    </message>
</context>
<context>
    <name>Limber::DesktopApp</name>
    <message>
        <source>Limber cannot start</source>
        <translation>Limber kann nicht starten</translation>
    </message>
    <message>
        <source>Limber&apos;s own files are damaged; please reinstall it.

%1</source>
        <translation>Die Programmdateien von Limber sind beschädigt. Bitte installiere Limber neu.

%1</translation>
    </message>
    <message>
        <source>It was kept as %1, and Limber starts with the built-in routines.</source>
        <translation>Die Datei wurde als %1 gesichert, und Limber startet mit den mitgelieferten Routinen.</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1), so Limber will not save over it until you move it yourself.</source>
        <translation>Die Datei konnte nicht verschoben werden (%1). Deshalb überschreibt Limber sie erst, wenn du sie selbst verschoben hast.</translation>
    </message>
    <message>
        <source>Your routines could not be read</source>
        <translation>Deine Routinen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Your reminders could not be read</source>
        <translation>Deine Erinnerungen konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Limber::DesktopReminders</name>
    <message>
        <source>%1

It was kept as %2, and your reminders start again from the suggested ones, switched off.</source>
        <translation>%1

Die Datei wurde als %2 gesichert. Deine Erinnerungen beginnen wieder mit den vorgeschlagenen, alle ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1

It could not be moved aside (%2), so Limber will not save reminders over it until you move it yourself.</source>
        <translation>%1

Die Datei konnte nicht verschoben werden (%2). Deshalb speichert Limber erst wieder Erinnerungen darin, wenn du sie selbst verschoben hast.</translation>
    </message>
    <message>
        <source>Your reminders could not be saved</source>
        <translation>Deine Erinnerungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Limber is still running</source>
        <translation>Limber läuft weiter</translation>
    </message>
    <message>
        <source>Your reminders will come as planned. To end Limber, choose Quit Limber from this icon&apos;s menu.</source>
        <translation>Deine Erinnerungen kommen wie geplant. Um Limber zu beenden, wähle „Limber beenden“ im Menü dieses Symbols.</translation>
    </message>
</context>
<context>
    <name>Limber::DoseEditor</name>
    <message>
        <source>Limber&apos;s choice</source>
        <translation>Von Limber gewählt</translation>
    </message>
    <message>
        <source>Article: %1%2</source>
        <translation>Artikel: %1%2</translation>
    </message>
    <message>
        <source>Article: %1–%2%3</source>
        <translation>Artikel: %1–%2%3</translation>
    </message>
    <message>
        <source>&amp;Reps or times:</source>
        <translation>&amp;Wiederholungen/Anzahl:</translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation>Hal&amp;tezeit:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;auer:</translation>
    </message>
    <message>
        <source>S&amp;ets:</source>
        <translation>Durch&amp;gänge:</translation>
    </message>
    <message>
        <source>Re&amp;lease between:</source>
        <translation>Lo&amp;ckern dazwischen:</translation>
    </message>
    <message>
        <source>Rest between se&amp;ts:</source>
        <translation>Pause zw&amp;ischen Durchgängen:</translation>
    </message>
    <message>
        <source>Use level</source>
        <translation>Stufe verwenden</translation>
    </message>
    <message>
        <source>Go back to the number the level chooses.</source>
        <translation>Zurück zu dem Wert, den die Stufe vorgibt.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Choose an exercise in the list</source>
        <translation>Wähle eine Übung in der Liste aus</translation>
    </message>
    <message>
        <source>%1: your numbers</source>
        <translation>%1: deine Werte</translation>
    </message>
    <message>
        <source>Your own number (the level would choose %1).</source>
        <translation>Dein eigener Wert (die Stufe würde %1 wählen).</translation>
    </message>
    <message>
        <source>Chosen by the level.</source>
        <translation>Von der Stufe vorgegeben.</translation>
    </message>
</context>
<context>
    <name>Limber::DoseText</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <comment>tempo phase, e.g. &apos;Pull 2 s&apos;</comment>
        <translation>%1 %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n reps: %1</source>
        <translation>
            <numerusform>%n Wiederholung: %1</numerusform>
            <numerusform>%n Wiederholungen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1, %n times</source>
        <translation>
            <numerusform>%1 halten, einmal</numerusform>
            <numerusform>%1 halten, %n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps, holding %1 each</source>
        <translation>
            <numerusform>%n Wiederholung, %1 halten</numerusform>
            <numerusform>%n Wiederholungen, jeweils %1 halten</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>%1 lang</translation>
    </message>
    <message>
        <source>, each side</source>
        <translation>, pro Seite</translation>
    </message>
    <message numerus="yes">
        <source>, %n sets</source>
        <translation>
            <numerusform>, %n Durchgang</numerusform>
            <numerusform>, %n Durchgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reps, paced by your breath</source>
        <translation>%1 Wiederholungen im Atemrhythmus</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>%1 Wiederholungen</translation>
    </message>
    <message>
        <source>Hold %1 s, %2 times</source>
        <translation>%1 s halten, %2-mal</translation>
    </message>
    <message>
        <source>%1 reps, holding %2 s each</source>
        <translation>%1 Wiederholungen, jeweils %2 s halten</translation>
    </message>
    <message>
        <source>For %1 min</source>
        <translation>%1 min lang</translation>
    </message>
    <message>
        <source>For %1 s</source>
        <translation>%1 s lang</translation>
    </message>
</context>
<context>
    <name>Limber::ExerciseDetailView</name>
    <message>
        <source>Choose an exercise to see how to do it.</source>
        <translation>Wähle eine Übung aus, um zu sehen, wie sie geht.</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>Illustration zu %1</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Wie viel</translation>
    </message>
    <message>
        <source>The article says: %1.</source>
        <translation>Laut Artikel: %1.</translation>
    </message>
    <message>
        <source>The pace of each rep is Limber&apos;s suggestion; the article does not give one.</source>
        <translation>Das Tempo der einzelnen Wiederholungen ist ein Vorschlag von Limber; der Artikel gibt keines vor.</translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation>Achtung:</translation>
    </message>
    <message>
        <source>Gentle uses the low end of the article&apos;s ranges, Full the high end.</source>
        <translation>Sanft nutzt das untere Ende der Bereiche aus dem Artikel, Voll das obere.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Stu&amp;fe:</translation>
    </message>
    <message>
        <source>▶ Start &amp;This Exercise</source>
        <translation>▶ Diese Übung &amp;starten</translation>
    </message>
    <message>
        <source>A guided session of this exercise alone, at the chosen level.</source>
        <translation>Eine geführte Einheit nur mit dieser Übung, auf der gewählten Stufe.</translation>
    </message>
    <message>
        <source>&amp;Add to Routine…</source>
        <translation>Zu Routine hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add this exercise to one of your routines, or to a new one. Built-in routines cannot be changed: copy one in Routines to change it.</source>
        <translation>Diese Übung zu einer deiner Routinen oder zu einer neuen hinzufügen. Mitgelieferte Routinen lassen sich nicht ändern: Kopiere eine unter Routinen, um sie zu ändern.</translation>
    </message>
    <message>
        <source>You have no routines of your own yet</source>
        <translation>Du hast noch keine eigenen Routinen</translation>
    </message>
    <message>
        <source>&amp;New Routine</source>
        <translation>&amp;Neue Routine</translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed</source>
        <translation>Mitgelieferte Routinen lassen sich nicht ändern</translation>
    </message>
    <message>
        <source>Steps at the %1 level</source>
        <translation>Schritte auf der Stufe %1</translation>
    </message>
</context>
<context>
    <name>Limber::ExerciseFacts</name>
    <message>
        <source>No equipment</source>
        <translation>Ohne Hilfsmittel</translation>
    </message>
    <message>
        <source> or </source>
        <comment>equipment: one or the other</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Works: %1</source>
        <translation>Wirkt auf: %1</translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation>Hilfsmittel: %1</translation>
    </message>
</context>
<context>
    <name>Limber::ExerciseLibraryView</name>
    <message>
        <source>No floor work</source>
        <translation>Ohne Bodenübungen</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Kind of exercise</source>
        <translation>Art der Übung</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show only exercises you can do standing or sitting, for example at the office.</source>
        <translation>Nur Übungen anzeigen, die du im Stehen oder Sitzen machen kannst, zum Beispiel im Büro.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Alle Positionen</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Alle Hilfsmittel</translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation>Ohne Hilfsmittel</translation>
    </message>
</context>
<context>
    <name>Limber::FreedesktopNotifier</name>
    <message>
        <source>To start it, open Limber.</source>
        <translation>Öffne Limber, um sie zu starten.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Um %n min zurückstellen</numerusform>
            <numerusform>Um %n min zurückstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Limber::IllustrationFormat</name>
    <message>
        <source>expected a whole number from %1 to %2.</source>
        <translation>erwartet wurde eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>%1 is out of range; it must be from %2 to %3.</source>
        <translation>%1 liegt außerhalb des Bereichs; erlaubt ist %2 bis %3.</translation>
    </message>
    <message>
        <source>expected a point: [x, y] or [x, y, z] in centimetres.</source>
        <translation>erwartet wurde ein Punkt: [x, y] oder [x, y, z] in Zentimetern.</translation>
    </message>
    <message>
        <source>this field is required.</source>
        <translation>dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a joint.</source>
        <translation>„%1“ ist kein Gelenk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known prop; use wall, corner, chair, dumbbell, band or roller.</source>
        <translation>„%1“ ist kein bekanntes Hilfsmittel; verwende wall, corner, chair, dumbbell, band oder roller.</translation>
    </message>
    <message>
        <source>the axis must not be zero.</source>
        <translation>die Achse darf nicht null sein.</translation>
    </message>
    <message>
        <source>a wall needs at least two points on the floor.</source>
        <translation>eine Wand braucht mindestens zwei Punkte auf dem Boden.</translation>
    </message>
    <message>
        <source>a corner needs three points on the floor: one wall&apos;s end, the corner, the other wall&apos;s end.</source>
        <translation>eine Ecke braucht drei Punkte auf dem Boden: das Ende der einen Wand, die Ecke, das Ende der anderen Wand.</translation>
    </message>
    <message>
        <source>the arrow is too short to see; it needs at least 3 cm.</source>
        <translation>der Pfeil ist zu kurz, um ihn zu sehen; er muss mindestens 3 cm lang sein.</translation>
    </message>
    <message>
        <source>a per-side figure is drawn for &quot;left&quot; or &quot;right&quot;, not &quot;%1&quot;.</source>
        <translation>eine Figur pro Seite wird für „left“ oder „right“ gezeichnet, nicht für „%1“.</translation>
    </message>
    <message>
        <source>the highlight must end above where it starts.</source>
        <translation>die Hervorhebung muss oberhalb ihres Anfangs enden.</translation>
    </message>
    <message>
        <source>every illustration needs at least two key positions.</source>
        <translation>jede Illustration braucht mindestens zwei Schlüsselpositionen.</translation>
    </message>
    <message>
        <source>the key position &quot;%1&quot; is named twice.</source>
        <translation>die Schlüsselposition „%1“ wird zweimal genannt.</translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; is illustrated twice.</source>
        <translation>die Übung „%1“ ist zweimal illustriert.</translation>
    </message>
</context>
<context>
    <name>Limber::JsonFields</name>
    <message>
        <source>expected text in quotes.</source>
        <translation>erwartet wurde Text in Anführungszeichen.</translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 are allowed.</source>
        <translation>der Text ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>the text contains a control character (U+%1).</source>
        <translation>der Text enthält ein Steuerzeichen (U+%1).</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2.</source>
        <translation>erwartet wurde eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>%1 is out of range; it must be from %2 to %3.</source>
        <translation>%1 liegt außerhalb des Bereichs; erlaubt ist %2 bis %3.</translation>
    </message>
    <message>
        <source>this field is required.</source>
        <translation>dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>this field must not be empty.</source>
        <translation>dieses Feld darf nicht leer sein.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>erwartet wurde true oder false.</translation>
    </message>
    <message>
        <source>expected a list in square brackets.</source>
        <translation>erwartet wurde eine Liste in eckigen Klammern.</translation>
    </message>
    <message>
        <source>the list has %1 entries; at most %2 are allowed.</source>
        <translation>die Liste hat %1 Einträge; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>expected an object in curly braces.</source>
        <translation>erwartet wurde ein Objekt in geschweiften Klammern.</translation>
    </message>
    <message>
        <source>the text contains invalid characters.</source>
        <translation>der Text enthält ungültige Zeichen.</translation>
    </message>
    <message>
        <source>item %1</source>
        <comment>a place in a list, counted from 1</comment>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <comment>a place in the list named %2, counted from 1</comment>
        <translation>Eintrag %1 in %2</translation>
    </message>
</context>
<context>
    <name>Limber::JsonFile</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>the file is %1, larger than the %2 Limber accepts; it is not a Limber file or it is damaged.</source>
        <translation>die Datei ist %1 groß, mehr als die %2, die Limber annimmt; sie ist keine Limber-Datei oder beschädigt.</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>die Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>the file is larger than the %1 Limber accepts.</source>
        <translation>die Datei ist größer als die %1, die Limber annimmt.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>the file ends too soon; it may have been cut off while it was written or copied.</source>
        <translation>die Datei endet zu früh; vielleicht wurde sie beim Schreiben oder Kopieren abgeschnitten.</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1).</source>
        <translation>das ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>expected a JSON object at the top of the file.</source>
        <translation>erwartet wurde ein JSON-Objekt auf der obersten Ebene der Datei.</translation>
    </message>
    <message>
        <source>this is a &quot;%1&quot; file, not a &quot;%2&quot; file.</source>
        <translation>das ist eine „%1“-Datei, keine „%2“-Datei.</translation>
    </message>
    <message>
        <source>this is not a Limber &quot;%1&quot; file (the &quot;format&quot; field is missing).</source>
        <translation>das ist keine Limber-Datei vom Typ „%1“ (das Feld „format“ fehlt).</translation>
    </message>
    <message>
        <source>the &quot;version&quot; field must be a whole number from 1 up.</source>
        <translation>das Feld „version“ muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>the file was made by a newer Limber (format version %1); this Limber reads up to version %2. Update Limber to open it.</source>
        <translation>die Datei stammt von einer neueren Limber-Version (Formatversion %1); dieses Limber liest bis Version %2. Aktualisiere Limber, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>the file cannot be written (%1).</source>
        <translation>die Datei kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>the file cannot be saved (%1).</source>
        <translation>die Datei kann nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>the file could not be moved aside to %1.</source>
        <translation>die Datei konnte nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Limber::Level</name>
    <message>
        <source>Gentle</source>
        <translation>Sanft</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
    </message>
</context>
<context>
    <name>Limber::Library</name>
    <message>
        <source>the bundled exercise catalog is damaged: %1</source>
        <translation>der mitgelieferte Übungskatalog ist beschädigt: %1</translation>
    </message>
    <message>
        <source>the bundled routines are damaged: %1</source>
        <translation>die mitgelieferten Routinen sind beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>Limber::LoginItem</name>
    <message>
        <source>Starting at login is not available on this system.</source>
        <translation>Der Start bei der Anmeldung ist auf diesem System nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>Limber::MainWindow</name>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Routine…</source>
        <translation>Routine &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Routine…</source>
        <translation>Routine &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <source>&amp;Find Exercise</source>
        <translation>Übung &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Limber</source>
        <translation>Ü&amp;ber Limber</translation>
    </message>
    <message>
        <source>About Limber</source>
        <translation>Über Limber</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Limber %1&lt;/h3&gt;&lt;p&gt;Stretches and strengthening exercises for mid to upper back pain from desk work.&lt;/p&gt;&lt;p&gt;A few minutes every day works better than a long session now and then: consistency is what brings lasting relief.&lt;/p&gt;&lt;p&gt;&lt;b&gt;If your pain persists or gets worse, see a healthcare professional.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Limber %1&lt;/h3&gt;&lt;p&gt;Dehn- und Kräftigungsübungen gegen Schmerzen im mittleren und oberen Rücken durch Schreibtischarbeit.&lt;/p&gt;&lt;p&gt;Ein paar Minuten jeden Tag helfen mehr als ab und zu eine lange Einheit: Regelmäßigkeit bringt dauerhafte Linderung.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wenn deine Schmerzen anhalten oder schlimmer werden, lass dich ärztlich oder physiotherapeutisch beraten.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Routine</source>
        <translation>&amp;Neue Routine</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Like the &amp;Desktop</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>Starting at login</source>
        <translation>Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>Limber could not set itself to start at login.

%1</source>
        <translation>Limber konnte den Start bei der Anmeldung nicht einrichten.

%1</translation>
    </message>
    <message>
        <source>Limber could not stop starting at login.

%1</source>
        <translation>Limber konnte den Start bei der Anmeldung nicht abschalten.

%1</translation>
    </message>
    <message>
        <source>&amp;Before You Start…</source>
        <translation>&amp;Bevor du anfängst …</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Added %1 to %2. Edit ▸ Undo takes it out again.</source>
        <translation>%1 ist jetzt in %2. Bearbeiten ▸ Rückgängig nimmt die Übung wieder heraus.</translation>
    </message>
</context>
<context>
    <name>Limber::ReminderController</name>
    <message numerus="yes">
        <source>Time for “%1”: about %n minute(s).</source>
        <translation>
            <numerusform>Zeit für „%1“: etwa %n Minute.</numerusform>
            <numerusform>Zeit für „%1“: etwa %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The routine this reminder starts is no longer there. Open Limber to choose another one.</source>
        <translation>Die Routine, die diese Erinnerung startet, gibt es nicht mehr. Öffne Limber, um eine andere auszuwählen.</translation>
    </message>
    <message numerus="yes">
        <source>You were away at %1, and %n earlier reminder(s) passed too.</source>
        <translation>
            <numerusform>Um %1 warst du nicht da, und %n frühere Erinnerung ist auch schon verstrichen.</numerusform>
            <numerusform>Um %1 warst du nicht da, und %n frühere Erinnerungen sind auch schon verstrichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You were away at %1.</source>
        <translation>Um %1 warst du nicht da.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Snoozed from %1. %2</source>
        <translation>Zurückgestellt (eigentlich %1). %2</translation>
    </message>
</context>
<context>
    <name>Limber::ReminderReport</name>
    <message>
        <source>%1 (routine)</source>
        <translation>%1 (Routine)</translation>
    </message>
    <message>
        <source>No reminders are coming up (no rule is switched on, or none has a day and a time).</source>
        <translation>Es stehen keine Erinnerungen an (keine Regel ist eingeschaltet, oder keine hat einen Tag und eine Uhrzeit).</translation>
    </message>
    <message>
        <source>(snoozed)</source>
        <translation>(zurückgestellt)</translation>
    </message>
    <message>
        <source>Limber reminders</source>
        <translation>Limber-Erinnerungen</translation>
    </message>
    <message>
        <source>Start the routine &quot;%1&quot; in Limber.</source>
        <translation>Starte die Routine „%1“ in Limber.</translation>
    </message>
</context>
<context>
    <name>Limber::ReminderRuleDialog</name>
    <message>
        <source>At set &amp;times</source>
        <translation>Zu &amp;festen Uhrzeiten</translation>
    </message>
    <message>
        <source>E&amp;very few minutes within set hours</source>
        <translation>Alle paar &amp;Minuten in einem festen Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Add Time</source>
        <translation>Uhrzeit &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Switched on</source>
        <translation>&amp;Eingeschaltet</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>What to call this reminder</source>
        <translation>Wie diese Erinnerung heißen soll</translation>
    </message>
    <message>
        <source>Add another time of day (%1 at most).</source>
        <translation>Eine weitere Uhrzeit hinzufügen (höchstens %1).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>What the reminder starts</source>
        <translation>Was die Erinnerung startet</translation>
    </message>
    <message>
        <source>A reminder that is switched off keeps its settings but does not remind you.</source>
        <translation>Eine ausgeschaltete Erinnerung behält ihre Einstellungen, erinnert dich aber nicht.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <source>Sta&amp;rts:</source>
        <translation>&amp;Startet:</translation>
    </message>
    <message>
        <source>New Reminder</source>
        <translation>Neue Erinnerung</translation>
    </message>
    <message>
        <source>Edit Reminder</source>
        <translation>Erinnerung bearbeiten</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>Uhrzeit %1</translation>
    </message>
    <message>
        <source>%1 times is the most a reminder can have.</source>
        <translation>Eine Erinnerung kann höchstens %1 Uhrzeiten haben.</translation>
    </message>
    <message>
        <source>Missing routine</source>
        <translation>Fehlende Routine</translation>
    </message>
    <message>
        <source>There is no routine with the id &quot;%1&quot; any more.</source>
        <translation>Es gibt keine Routine mit der ID „%1“ mehr.</translation>
    </message>
    <message>
        <source>Give the reminder a name.</source>
        <translation>Gib der Erinnerung einen Namen.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>Add at least one time.</source>
        <translation>Füge mindestens eine Uhrzeit hinzu.</translation>
    </message>
    <message>
        <source>The hours end (%1) before they start (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders a day: %1.</source>
        <translation>
            <numerusform>%n Erinnerung am Tag: %1.</numerusform>
            <numerusform>%n Erinnerungen am Tag: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Wähle mindestens einen Tag aus.</translation>
    </message>
    <message>
        <source>The routine this reminder started no longer exists. Choose what it should start.</source>
        <translation>Die Routine, die diese Erinnerung gestartet hat, gibt es nicht mehr. Wähle aus, was sie starten soll.</translation>
    </message>
</context>
<context>
    <name>Limber::ReminderTarget</name>
    <message>
        <source>Posture check</source>
        <translation>Haltungscheck</translation>
    </message>
    <message>
        <source>Check how you sit: keep your spine neutral and stop any slouching.</source>
        <translation>Prüf, wie du sitzt: Halte die Wirbelsäule neutral und sitz nicht zusammengesunken.</translation>
    </message>
</context>
<context>
    <name>Limber::ReminderText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no days</source>
        <translation>an keinem Tag</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>weekends</source>
        <translation>am Wochenende</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>jeden %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes from %1 to %2</source>
        <translation>
            <numerusform>Jede Minute von %1 bis %2</numerusform>
            <numerusform>Alle %n Minuten von %1 bis %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No times</source>
        <translation>Keine Uhrzeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n times a day from %1 to %2</source>
        <translation>
            <numerusform>%n-mal täglich von %1 bis %2</numerusform>
            <numerusform>%n-mal täglich von %1 bis %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>when a reminder comes, then on which days</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Morgen %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a date in Qt&apos;s date format: Mon 25 Nov</comment>
        <translation>ddd, d. MMM</translation>
    </message>
</context>
<context>
    <name>Limber::RemindersView</name>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>Rück&amp;gängig</translation>
    </message>
    <message>
        <source>Start Limber when I &amp;log in</source>
        <translation>Limber beim An&amp;melden starten</translation>
    </message>
    <message>
        <source>Remind me again from now on.</source>
        <translation>Erinnere mich ab jetzt wieder.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächstes Mal</translation>
    </message>
    <message>
        <source>Space switches the chosen reminder on or off; Enter edits it; Delete removes it.</source>
        <translation>Leertaste schaltet die gewählte Erinnerung ein oder aus; Eingabe bearbeitet sie; Entf entfernt sie.</translation>
    </message>
    <message>
        <source>Add a reminder.</source>
        <translation>Eine Erinnerung hinzufügen.</translation>
    </message>
    <message>
        <source>Change the chosen reminder (Enter).</source>
        <translation>Die gewählte Erinnerung ändern (Eingabe).</translation>
    </message>
    <message>
        <source>Remove the chosen reminder (Delete). You can undo it.</source>
        <translation>Die gewählte Erinnerung entfernen (Entf). Du kannst das rückgängig machen.</translation>
    </message>
    <message>
        <source>Next five reminders</source>
        <translation>Die nächsten fünf Erinnerungen</translation>
    </message>
    <message>
        <source>Limber then waits in the background to remind you, from the moment you log in.</source>
        <translation>Limber wartet dann ab deiner Anmeldung im Hintergrund, um dich zu erinnern.</translation>
    </message>
    <message>
        <source>On. Untick to switch this reminder off.</source>
        <translation>Ein. Entferne das Häkchen, um diese Erinnerung auszuschalten.</translation>
    </message>
    <message>
        <source>Off. Tick to switch this reminder on.</source>
        <translation>Aus. Setz das Häkchen, um diese Erinnerung einzuschalten.</translation>
    </message>
    <message>
        <source>Missing routine</source>
        <translation>Fehlende Routine</translation>
    </message>
    <message>
        <source>The routine this reminder starts no longer exists. Edit the reminder to choose another.</source>
        <translation>Die Routine, die diese Erinnerung startet, gibt es nicht mehr. Bearbeite die Erinnerung, um eine andere auszuwählen.</translation>
    </message>
    <message>
        <source>Starts the routine “%1”.</source>
        <translation>Startet die Routine „%1“.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Never — no days chosen</source>
        <translation>Nie – keine Tage ausgewählt</translation>
    </message>
    <message>
        <source>Never — no times set</source>
        <translation>Nie – keine Uhrzeiten festgelegt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 reminders is the most Limber keeps.</source>
        <translation>Limber speichert höchstens %1 Erinnerungen.</translation>
    </message>
    <message>
        <source>You have no reminders. Add one and Limber will remind you to move.</source>
        <translation>Du hast keine Erinnerungen. Füge eine hinzu, dann erinnert dich Limber daran, dich zu bewegen.</translation>
    </message>
    <message>
        <source>Reminders are off until you switch one on: tick the box beside a reminder.</source>
        <translation>Die Erinnerungen sind aus, bis du eine einschaltest: Setz das Häkchen neben einer Erinnerung.</translation>
    </message>
    <message>
        <source>missing routine</source>
        <translation>fehlende Routine</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>Nothing is coming up: there are no reminders yet.</source>
        <translation>Es steht nichts an: Es gibt noch keine Erinnerungen.</translation>
    </message>
    <message>
        <source>Nothing is coming up: every reminder is switched off.</source>
        <translation>Es steht nichts an: Alle Erinnerungen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Nothing is coming up: the reminders that are on have no days chosen.</source>
        <translation>Es steht nichts an: Für die eingeschalteten Erinnerungen sind keine Tage ausgewählt.</translation>
    </message>
    <message>
        <source>Nothing is coming up while reminders are paused.</source>
        <translation>Es steht nichts an, solange die Erinnerungen pausiert sind.</translation>
    </message>
    <message>
        <source>Nothing is coming up.</source>
        <translation>Es steht nichts an.</translation>
    </message>
    <message>
        <source>Reminders are paused until %1.</source>
        <translation>Die Erinnerungen sind bis %1 pausiert.</translation>
    </message>
    <message>
        <source>Reminders are paused until tomorrow.</source>
        <translation>Die Erinnerungen sind bis morgen pausiert.</translation>
    </message>
    <message>
        <source>Reminders are paused until tomorrow at %1.</source>
        <translation>Die Erinnerungen sind bis morgen um %1 pausiert.</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>„%1“ wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>Limber::RoutineEditor</name>
    <message>
        <source>&amp;Copy to Change It</source>
        <translation>&amp;Zum Ändern kopieren</translation>
    </message>
    <message>
        <source>▶ &amp;Start</source>
        <translation>▶ &amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>This routine comes with Limber and cannot be changed. Make a copy to change it.</source>
        <translation>Diese Routine wird mit Limber mitgeliefert und kann nicht geändert werden. Erstelle eine Kopie, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Start a guided session of this routine at the chosen level (Ctrl+Enter).</source>
        <translation>Eine geführte Einheit dieser Routine auf der gewählten Stufe starten (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>Print this routine as a sheet with pictures, doses and tick boxes, or save it as a PDF.</source>
        <translation>Diese Routine als Blatt mit Bildern, Umfang und Kästchen zum Abhaken drucken oder als PDF speichern.</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>What this routine is for (optional)</source>
        <translation>Wofür diese Routine gedacht ist (optional)</translation>
    </message>
    <message>
        <source>Gentle uses the low end of the article&apos;s ranges, Full the high end.</source>
        <translation>Sanft nutzt das untere Ende der Bereiche aus dem Artikel, Voll das obere.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>R&amp;est between exercises:</source>
        <translation>&amp;Pause zwischen Übungen:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Stu&amp;fe:</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Übungen in dieser Routine</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Ctrl+Up and Ctrl+Down. Delete removes.</source>
        <translation>Zum Umsortieren ziehen oder Strg+Pfeil hoch und Strg+Pfeil runter verwenden. Entf entfernt.</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>Hinzuzufügende Übung</translation>
    </message>
    <message>
        <source>Change Level</source>
        <translation>Stufe ändern</translation>
    </message>
    <message>
        <source>Change Rest</source>
        <translation>Pause ändern</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add exercises with the list above.</source>
        <translation>Füge Übungen über die Liste oben hinzu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total: %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Gesamt: %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Rename Routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>Limber::RoutineFormat</name>
    <message>
        <source>there is no exercise with the id &quot;%1&quot;.</source>
        <translation>es gibt keine Übung mit der ID „%1“.</translation>
    </message>
    <message>
        <source>%1 has no hold to set.</source>
        <translation>%1 hat keine Haltezeit, die sich einstellen ließe.</translation>
    </message>
    <message>
        <source>%1 is not a timed exercise.</source>
        <translation>%1 ist keine Übung auf Zeit.</translation>
    </message>
    <message>
        <source>%1 is timed, not counted in reps.</source>
        <translation>%1 läuft auf Zeit und wird nicht in Wiederholungen gezählt.</translation>
    </message>
    <message>
        <source>a name must fit on one line.</source>
        <translation>ein Name muss in eine Zeile passen.</translation>
    </message>
    <message>
        <source>the level must be &quot;gentle&quot;, &quot;standard&quot; or &quot;full&quot;.</source>
        <translation>die Stufe muss „gentle“, „standard“ oder „full“ sein.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice.</source>
        <translation>die ID „%1“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>an id may only use lowercase letters a-z, digits and &apos;-&apos;.</source>
        <translation>eine ID darf nur Kleinbuchstaben a-z, Ziffern und „-“ enthalten.</translation>
    </message>
</context>
<context>
    <name>Limber::RoutineItemsModel</name>
    <message>
        <source>The level decides these numbers.</source>
        <translation>Diese Werte legt die Stufe fest.</translation>
    </message>
    <message>
        <source>* Your own numbers; the level decides the rest.</source>
        <translation>* Deine eigenen Werte; den Rest legt die Stufe fest.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>Limber::RoutineSheetDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren …</translation>
    </message>
    <message>
        <source>Routine Sheet: %1</source>
        <translation>Routinenblatt: %1</translation>
    </message>
    <message>
        <source>Detailed: large pictures</source>
        <translation>Ausführlich: große Bilder</translation>
    </message>
    <message>
        <source>Compact: fewer pages</source>
        <translation>Kompakt: weniger Seiten</translation>
    </message>
    <message>
        <source>Weeks of tick boxes</source>
        <translation>Wochen zum Abhaken</translation>
    </message>
    <message>
        <source>Empty: a line to write it on</source>
        <translation>Leer: eine Linie zum Hineinschreiben</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Aufbau:</translation>
    </message>
    <message>
        <source>&amp;Weeks of tick boxes:</source>
        <translation>&amp;Wochen zum Abhaken:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Pa&amp;pier:</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>in the preview</comment>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Limber::RoutineSheetDialogs</name>
    <message>
        <source>The routine sheet cannot be made</source>
        <translation>Das Routinenblatt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: routine sheet</source>
        <translation>%1: Routinenblatt</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>The routine sheet was not printed</source>
        <translation>Das Routinenblatt wurde nicht gedruckt</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and try again.</source>
        <translation>Der Drucker konnte nicht gestartet werden. Prüf, ob er angeschlossen ist, und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Export Routine Sheet as PDF</source>
        <translation>Routinenblatt als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The routine sheet could not be saved</source>
        <translation>Das Routinenblatt konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Limber::RoutineSheetWriter</name>
    <message>
        <source>Limber · %1 · %2 level</source>
        <comment>footer: routine name, level</comment>
        <translation>Limber · %1 · Stufe %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Level: %1   ·   Takes about %2   ·   %n exercises</source>
        <translation>
            <numerusform>Stufe: %1   ·   Dauer etwa %2   ·   %n Übung</numerusform>
            <numerusform>Stufe: %1   ·   Dauer etwa %2   ·   %n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>ROUTINE SHEET</source>
        <translation>ROUTINENBLATT</translation>
    </message>
    <message>
        <source>Limber · exercises for the mid and upper back</source>
        <translation>Limber · Übungen für den mittleren und oberen Rücken</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>A few minutes every day does more good than a long session once in a while.</source>
        <translation>Ein paar Minuten jeden Tag helfen mehr als ab und zu eine lange Einheit.</translation>
    </message>
    <message>
        <source>Keep at it: doing the routine regularly is what brings lasting relief and helps keep the pain away.</source>
        <translation>Bleib dran: Wenn du die Routine regelmäßig machst, bringt das dauerhafte Linderung und hilft, die Schmerzen fernzuhalten.</translation>
    </message>
    <message>
        <source>If your pain persists or gets worse, see a healthcare professional.</source>
        <translation>Wenn deine Schmerzen anhalten oder schlimmer werden, lass dich ärztlich oder physiotherapeutisch beraten.</translation>
    </message>
    <message>
        <source>How to get the most from it</source>
        <translation>So holst du am meisten heraus</translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>time an exercise takes</comment>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>Shown on one side: do the same on the other side.</source>
        <translation>Für eine Seite gezeigt: Mach dasselbe auf der anderen Seite.</translation>
    </message>
    <message>
        <source>SAFETY</source>
        <translation>SICHERHEIT</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a numbered step</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Safety: %1</source>
        <translation>Sicherheit: %1</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Tick a box for each exercise you do. In the last row, rate your back pain that day from 0 (none) to 10 (worst).</source>
        <translation>Hake für jede Übung, die du machst, ein Kästchen ab. Bewerte in der letzten Zeile deine Rückenschmerzen an diesem Tag von 0 (keine) bis 10 (am schlimmsten).</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>from ___ / ___</source>
        <translation>ab ___ / ___</translation>
    </message>
    <message>
        <source>Back pain today (0–10)</source>
        <translation>Rückenschmerzen heute (0–10)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>this is a folder; give the name of a PDF file to write.</source>
        <translation>das ist ein Ordner; gib den Namen der PDF-Datei an, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>the file cannot be written: %1.</source>
        <translation>die Datei kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>%1: routine sheet</source>
        <translation>%1: Routinenblatt</translation>
    </message>
    <message>
        <source>the sheet could not be drawn; nothing was written.</source>
        <translation>das Blatt konnte nicht gezeichnet werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the exercise&apos;s facts, then the article&apos;s range</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Limber::RoutineStore</name>
    <message>
        <source>built-in routines cannot be changed; make a copy instead.</source>
        <translation>mitgelieferte Routinen lassen sich nicht ändern; erstelle stattdessen eine Kopie.</translation>
    </message>
    <message>
        <source>there is no routine with this id.</source>
        <translation>es gibt keine Routine mit dieser ID.</translation>
    </message>
    <message>
        <source>a routine needs a name.</source>
        <translation>eine Routine braucht einen Namen.</translation>
    </message>
    <message>
        <source>a name may have at most %1 characters.</source>
        <translation>ein Name darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>another routine already has this name.</source>
        <translation>eine andere Routine hat schon diesen Namen.</translation>
    </message>
    <message>
        <source>this file could not be read, so Limber will not save over it. Move it aside first.</source>
        <translation>diese Datei konnte nicht gelesen werden, deshalb überschreibt Limber sie nicht. Verschiebe sie zuerst an einen anderen Ort.</translation>
    </message>
    <message>
        <source>a routine may have at most %1 exercises.</source>
        <translation>eine Routine darf höchstens %1 Übungen haben.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>there is no routine with this id or name.</source>
        <translation>es gibt keine Routine mit dieser ID oder diesem Namen.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>there is no exercise with the id &quot;%1&quot;.</source>
        <translation>es gibt keine Übung mit der ID „%1“.</translation>
    </message>
    <message>
        <source>the routine&apos;s id &quot;%1&quot; is not valid or not unique.</source>
        <translation>die ID „%1“ der Routine ist ungültig oder nicht eindeutig.</translation>
    </message>
    <message>
        <source>the routine &apos;%1&apos; has no exercises to play.</source>
        <translation>die Routine „%1“ hat keine Übungen, die abgespielt werden können.</translation>
    </message>
    <message>
        <source>there is no routine &apos;%1&apos;. &apos;limber routines&apos; lists them.</source>
        <translation>es gibt keine Routine „%1“. „limber routines“ listet alle Routinen auf.</translation>
    </message>
</context>
<context>
    <name>Limber::RoutinesView</name>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Make your own copy of this routine, which you can then change.</source>
        <translation>Erstelle eine eigene Kopie dieser Routine, die du dann ändern kannst.</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Deine Routine</translation>
    </message>
    <message>
        <source>Limber routines (*%1);;All files (*)</source>
        <translation>Limber-Routinen (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not import the routine</source>
        <translation>Die Routine konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Limber routines (*%1)</source>
        <translation>Limber-Routinen (*%1)</translation>
    </message>
    <message>
        <source>Could not export the routine</source>
        <translation>Die Routine konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Start a new routine of your own (Ctrl+N).</source>
        <translation>Eine neue eigene Routine anlegen (Strg+N).</translation>
    </message>
    <message>
        <source>Delete this routine. Edit ▸ Undo brings it back.</source>
        <translation>Diese Routine löschen. Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Your change could not be saved</source>
        <translation>Deine Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Comes with Limber: copy it to change it.</source>
        <translation>Wird mit Limber mitgeliefert: Kopiere sie, um sie zu ändern.</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <source>New Routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Import Routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Export Routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>No exercises yet</source>
        <translation>Noch keine Übungen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Limber::SafetyAdvice</name>
    <message>
        <source>Limber&apos;s advice: stop and get advice from a doctor or physiotherapist if you feel pain spreading into an arm, numbness or tingling, sharp pain or pain that gets worse, or dizziness.</source>
        <translation>Limbers Rat: Hör auf und lass dich ärztlich oder physiotherapeutisch beraten, wenn Schmerzen in einen Arm ausstrahlen, du Taubheit oder Kribbeln spürst, der Schmerz stechend ist oder stärker wird oder dir schwindlig wird.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor du anfängst</translation>
    </message>
    <message>
        <source>These exercises are gentle, but they are not right for everyone. See a doctor or physiotherapist before you begin if you have any of these:</source>
        <translation>Diese Übungen sind sanft, aber nicht für alle das Richtige. Lass dich vorher ärztlich oder physiotherapeutisch beraten, wenn eines davon auf dich zutrifft:</translation>
    </message>
    <message>
        <source>Chest pain, or pain together with shortness of breath</source>
        <translation>Schmerzen in der Brust oder Schmerzen zusammen mit Atemnot</translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness in your arms or legs</source>
        <translation>Taubheit, Kribbeln oder Schwäche in Armen oder Beinen</translation>
    </message>
    <message>
        <source>Back pain that began with a fall, an accident or another injury</source>
        <translation>Rückenschmerzen, die nach einem Sturz, einem Unfall oder einer anderen Verletzung begonnen haben</translation>
    </message>
    <message>
        <source>Back pain with a fever, or while you feel generally unwell</source>
        <translation>Rückenschmerzen mit Fieber oder während du dich allgemein krank fühlst</translation>
    </message>
    <message>
        <source>Pain that wakes you at night, or that does not ease when you rest</source>
        <translation>Schmerzen, die dich nachts wecken oder in Ruhe nicht nachlassen</translation>
    </message>
    <message>
        <source>While you exercise, move gently and within what is comfortable. Stop and get advice if you feel pain spreading into an arm, numbness or tingling, sharp pain or pain that gets worse, or dizziness. If your pain persists or gets worse, see a healthcare professional.</source>
        <translation>Beweg dich beim Üben sanft und nur so weit, wie es angenehm ist. Hör auf und lass dich beraten, wenn Schmerzen in einen Arm ausstrahlen, du Taubheit oder Kribbeln spürst, der Schmerz stechend ist oder stärker wird oder dir schwindlig wird. Wenn deine Schmerzen anhalten oder schlimmer werden, lass dich ärztlich oder physiotherapeutisch beraten.</translation>
    </message>
    <message>
        <source>This is Limber&apos;s general advice, not a diagnosis, and not part of the article the exercises come from.</source>
        <translation>Das ist ein allgemeiner Rat von Limber, keine Diagnose und nicht Teil des Artikels, aus dem die Übungen stammen.</translation>
    </message>
</context>
<context>
    <name>Limber::ScheduleFormat</name>
    <message>
        <source>&quot;%1&quot; is not a time of day; write 24-hour time as HH:MM, such as &quot;09:30&quot;.</source>
        <translation>„%1“ ist keine Uhrzeit; schreib die Uhrzeit im 24-Stunden-Format als HH:MM, zum Beispiel „09:30“.</translation>
    </message>
    <message>
        <source>expected a date and time with its offset from UTC, such as &quot;2025-03-31T08:30:00Z&quot;.</source>
        <translation>erwartet wurden Datum und Uhrzeit mit Abweichung von UTC, zum Beispiel „2025-03-31T08:30:00Z“.</translation>
    </message>
    <message>
        <source>an id may only use lowercase letters a-z, digits and &apos;-&apos;.</source>
        <translation>eine ID darf nur Kleinbuchstaben a-z, Ziffern und „-“ enthalten.</translation>
    </message>
    <message>
        <source>a name must fit on one line.</source>
        <translation>ein Name muss in eine Zeile passen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>„%1“ ist kein Wochentag; verwende mon, tue, wed, thu, fri, sat oder sun.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>„%1“ steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>a rule needs at least one time.</source>
        <translation>eine Regel braucht mindestens eine Uhrzeit.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>the window ends (%1) before it starts (%2).</source>
        <translation>das Zeitfenster endet (%1), bevor es beginnt (%2).</translation>
    </message>
    <message>
        <source>the kind must be &quot;times&quot; or &quot;interval&quot;.</source>
        <translation>die Art muss „times“ oder „interval“ sein.</translation>
    </message>
    <message>
        <source>a routine id may only use lowercase letters a-z, digits and &apos;-&apos;.</source>
        <translation>eine Routinen-ID darf nur Kleinbuchstaben a-z, Ziffern und „-“ enthalten.</translation>
    </message>
    <message>
        <source>the target must be &quot;routine&quot; or &quot;posture-check&quot;.</source>
        <translation>das Ziel muss „routine“ oder „posture-check“ sein.</translation>
    </message>
    <message>
        <source>there is no rule with the id &quot;%1&quot;.</source>
        <translation>es gibt keine Regel mit der ID „%1“.</translation>
    </message>
    <message>
        <source>this field is required.</source>
        <translation>dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice.</source>
        <translation>die ID „%1“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>Desk break</source>
        <translation>Schreibtischpause</translation>
    </message>
</context>
<context>
    <name>Limber::ScheduleStore</name>
    <message>
        <source>this file could not be read, so Limber will not save over it. Move it aside first.</source>
        <translation>diese Datei konnte nicht gelesen werden, deshalb überschreibt Limber sie nicht. Verschiebe sie zuerst an einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>Limber::SessionWindow</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Starten, pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Skip to the next step (Right or N)</source>
        <translation>Zum nächsten Schritt springen (Pfeil rechts oder N)</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Ten more seconds of this (+)</source>
        <translation>Zehn Sekunden länger (+)</translation>
    </message>
    <message>
        <source>Skip Exercise</source>
        <translation>Übung überspringen</translation>
    </message>
    <message>
        <source>Go to the next exercise (S)</source>
        <translation>Zur nächsten Übung (S)</translation>
    </message>
    <message>
        <source>Rep Done</source>
        <translation>Wiederholung geschafft</translation>
    </message>
    <message>
        <source>Count one rep (Enter)</source>
        <translation>Eine Wiederholung zählen (Eingabe)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Show how to do this exercise</source>
        <translation>Zeigen, wie diese Übung geht</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Sound on or off (M)</source>
        <translation>Ton an oder aus (M)</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Across the room: big countdown (F)</source>
        <translation>Von Weitem lesbar: großer Countdown (F)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>Die Einheit beenden (Esc)</translation>
    </message>
    <message>
        <source>%1 – Limber</source>
        <translation>%1 – Limber</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt dran ist</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>So lief es</translation>
    </message>
    <message>
        <source>Do It &amp;Again</source>
        <translation>&amp;Noch einmal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <source>You are %1 into this session. Stop now?</source>
        <translation>Du bist schon %1 in dieser Einheit. Jetzt beenden?</translation>
    </message>
    <message>
        <source>A guided session is running</source>
        <translation>Eine angeleitete Einheit läuft</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Los, wenn du bereit bist</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Get back in position</source>
        <translation>Geh wieder in Position</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Your pace: press Enter for each rep</source>
        <translation>Dein Tempo: Eingabetaste für jede Wiederholung</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Time spent: %1, paused %2</source>
        <translation>Übungszeit: %1, pausiert %2</translation>
    </message>
    <message>
        <source>Time spent: %1</source>
        <translation>Übungszeit: %1</translation>
    </message>
    <message>
        <source>A few minutes every day is what helps most, and doing it regularly matters more than doing a lot. If your pain persists or gets worse, see a healthcare professional.</source>
        <translation>Ein paar Minuten jeden Tag helfen am meisten, und Regelmäßigkeit zählt mehr als viel auf einmal. Wenn deine Schmerzen anhalten oder schlimmer werden, lass dich ärztlich oder physiotherapeutisch beraten.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Einheit abgeschlossen</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>No exercise was done this time. That is all right: come back whenever you are ready.</source>
        <translation>Diesmal war keine Übung dabei. Das ist in Ordnung: Komm einfach wieder, wann immer du bereit bist.</translation>
    </message>
    <message>
        <source>You did every exercise of %1, from start to end.</source>
        <translation>Du hast jede Übung von „%1“ gemacht, von Anfang bis Ende.</translation>
    </message>
    <message>
        <source>You did part of %1.</source>
        <translation>Du hast „%1“ zum Teil gemacht.</translation>
    </message>
    <message>
        <source>You did part of %1 of %2 exercises.</source>
        <translation>Du hast %1 von %2 Übungen zum Teil gemacht.</translation>
    </message>
    <message>
        <source>You did %1 of %2 exercises.</source>
        <translation>Du hast %1 von %2 Übungen gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>You did %1 of %2 exercises, and part of %n more.</source>
        <translation>
            <numerusform>Du hast %1 von %2 Übungen gemacht und eine weitere zum Teil.</numerusform>
            <numerusform>Du hast %1 von %2 Übungen gemacht und %n weitere zum Teil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every bit counts.</source>
        <translation>Jedes bisschen zählt.</translation>
    </message>
    <message>
        <source>Back one step (Left or P). Press again soon after for the start of the exercise, and again for the previous exercise. Shift+Left: the start of the exercise.</source>
        <translation>Einen Schritt zurück (Pfeil links oder P). Gleich noch einmal: zum Anfang der Übung, und noch einmal: zur vorherigen Übung. Umschalt+Pfeil links: zum Anfang der Übung.</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>The sound is off: press M to turn it on</source>
        <translation>Der Ton ist aus: M schaltet ihn wieder ein</translation>
    </message>
    <message>
        <source>Sound is muted</source>
        <translation>Der Ton ist stummgeschaltet</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n seconds</source>
        <translation>
            <numerusform>Beendet nach einer Sekunde</numerusform>
            <numerusform>Beendet nach %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n minutes</source>
        <translation>
            <numerusform>Beendet nach einer Minute</numerusform>
            <numerusform>Beendet nach %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Limber::SessionWords</name>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Locker lassen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Hold %1 of %2</source>
        <translation>Halten %1 von %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 reps</source>
        <translation>%1 von %2 Wiederholungen</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Durchgang %1 von %2</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Next up: %1 · %2</source>
        <translation>Als Nächstes: %1 · %2</translation>
    </message>
</context>
<context>
    <name>Limber::SingleInstance</name>
    <message>
        <source>The running Limber did not understand the request.</source>
        <translation>Das laufende Limber hat die Anfrage nicht verstanden.</translation>
    </message>
    <message>
        <source>Another version of Limber is running. Close it and try again.</source>
        <translation>Eine andere Version von Limber läuft. Schließ sie und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>the level must be gentle, standard or full, not &apos;%1&apos;.</source>
        <translation>die Stufe muss gentle, standard oder full sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Limber is still starting. Try again in a moment.</source>
        <translation>Limber startet noch. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Limber is running but did not answer.</source>
        <translation>Limber läuft, hat aber nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>Limber::SoundMenu</name>
    <message>
        <source>&amp;Sound</source>
        <translation>&amp;Ton</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stumm</translation>
    </message>
    <message>
        <source>&amp;Tones</source>
        <translation>Si&amp;gnaltöne</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>Short tones at the start, the last three seconds, side switches and the end</source>
        <translation>Kurze Töne beim Start, in den letzten drei Sekunden, beim Seitenwechsel und am Ende</translation>
    </message>
    <message>
        <source>Spoken guidance, where a speech engine is installed</source>
        <translation>Gesprochene Anleitung, wo eine Sprachausgabe installiert ist</translation>
    </message>
    <message>
        <source>V&amp;olume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Speech &amp;Pace</source>
        <translation>Sprechtem&amp;po</translation>
    </message>
    <message>
        <source>&amp;Slow</source>
        <translation>&amp;Langsam</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Brisk</source>
        <translation>&amp;Zügig</translation>
    </message>
    <message>
        <source>Spea&amp;ker</source>
        <translation>S&amp;timme</translation>
    </message>
    <message>
        <source>No speech engine is installed: cues sound as tones.</source>
        <translation>Keine Sprachausgabe installiert: Hinweise erklingen als Töne.</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
</context>
<context>
    <name>Limber::StepText</name>
    <message numerus="yes">
        <source>%n times</source>
        <comment>how many times, in a step</comment>
        <translation>
            <numerusform>einmal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <comment>a hold, in a step</comment>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>a timed block, in a step</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <comment>in a step</comment>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 times</source>
        <translation>%1- bis %2-mal</translation>
    </message>
    <message>
        <source>%1 to %2 seconds</source>
        <translation>%1 bis %2 Sekunden</translation>
    </message>
    <message>
        <source>%1 to %2 minutes</source>
        <translation>%1 bis %2 Minuten</translation>
    </message>
    <message>
        <source>%1 to %2 reps</source>
        <translation>%1 bis %2 Wiederholungen</translation>
    </message>
    <message>
        <source>the step names {%1}, which is not one of {times}, {seconds}, {duration} and {reps}.</source>
        <translation>der Schritt nennt {%1}, das keiner von {times}, {seconds}, {duration} und {reps} ist.</translation>
    </message>
    <message>
        <source>the step names {%1}, but this dose has no such number.</source>
        <translation>der Schritt nennt {%1}, aber diese Dosis hat keine solche Zahl.</translation>
    </message>
    <message>
        <source>The article suggests: %1.</source>
        <comment>the article&apos;s range, beside the dose given</comment>
        <translation>Laut Artikel: %1.</translation>
    </message>
</context>
<context>
    <name>Limber::TimelineReport</name>
    <message numerus="yes">
        <source>%1 (%2): %3, %n steps</source>
        <translation>
            <numerusform>%1 (%2): %3, %n Schritt</numerusform>
            <numerusform>%1 (%2): %3, %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>rep %1/%2</source>
        <translation>Wdh. %1/%2</translation>
    </message>
    <message>
        <source>set %1/%2</source>
        <translation>Durchgang %1/%2</translation>
    </message>
    <message>
        <source>(self-paced)</source>
        <translation>(eigenes Tempo)</translation>
    </message>
    <message>
        <source>Total: %1 (%2 ms)</source>
        <translation>Gesamt: %1 (%2 ms)</translation>
    </message>
</context>
<context>
    <name>Limber::TrayIcon</name>
    <message>
        <source>Start a &amp;Routine</source>
        <translation>&amp;Routine starten</translation>
    </message>
    <message>
        <source>&amp;Resume Reminders</source>
        <translation>Erinnerungen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause Reminders</source>
        <translation>Erinnerungen &amp;pausieren</translation>
    </message>
    <message>
        <source>For an &amp;Hour</source>
        <translation>Für eine &amp;Stunde</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>&amp;Skip Next Reminder</source>
        <translation>&amp;Nächste Erinnerung überspringen</translation>
    </message>
    <message>
        <source>&amp;Open Limber</source>
        <translation>&amp;Limber öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit Limber</source>
        <translation>Limber &amp;beenden</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <comment>a time of day</comment>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a weekday, then a time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reminders paused until tomorrow</source>
        <translation>Erinnerungen bis morgen pausiert</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Erinnerungen pausiert bis %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>a moment</comment>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Next: %1 %2</source>
        <comment>a moment, then the reminder&apos;s name</comment>
        <translation>Als Nächstes: %1 %2</translation>
    </message>
    <message>
        <source>No reminders are on</source>
        <translation>Keine Erinnerung ist eingeschaltet</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze “%1” for %n min</source>
        <translation>
            <numerusform>„%1“ um %n min &amp;zurückstellen</numerusform>
            <numerusform>„%1“ um %n min &amp;zurückstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Limber::TrayMessageNotifier</name>
    <message>
        <source>Click here to start.</source>
        <translation>Klick hier, um zu starten.</translation>
    </message>
</context>
<context>
    <name>Limber::Vocabulary</name>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kräftigung</translation>
    </message>
    <message>
        <source>Posture tip</source>
        <translation>Haltungstipp</translation>
    </message>
    <message>
        <source>On all fours</source>
        <translation>Im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>Im Knien</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Sitting or standing</source>
        <translation>Im Sitzen oder Stehen</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>In Bauchlage</translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation>In Rückenlage</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Room corner</source>
        <translation>Zimmerecke</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Widerstandsband</translation>
    </message>
    <message>
        <source>Light dumbbells</source>
        <translation>Leichte Kurzhanteln</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Wirbelsäule</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Mittlerer Rücken</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Between the shoulder blades</source>
        <translation>Zwischen den Schulterblättern</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Sitting</source>
        <comment>a filter: exercises one can do sitting</comment>
        <translation>Im Sitzen</translation>
    </message>
</context>
<context>
    <name>Limber::WeekdayPicker</name>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>Monday to Friday, shortened</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>Montag bis Freitag</translation>
    </message>
</context>
<context>
    <name>Limber::WindowNotifier</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation>
            <numerusform>Um %n min &amp;zurückstellen</numerusform>
            <numerusform>Um %n min &amp;zurückstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Limber::XdgAutostart</name>
    <message>
        <source>the file cannot be removed (%1).</source>
        <translation>die Datei kann nicht entfernt werden (%1).</translation>
    </message>
    <message>
        <source>Starts Limber in the background for your exercise reminders</source>
        <translation>Startet Limber im Hintergrund für deine Übungserinnerungen</translation>
    </message>
</context>
</TS>
