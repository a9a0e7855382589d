import type { Instrument, InstrumentId } from "./instrument";

/*
 * The outcome measures StrideBack ships, each free to use in clinical practice. Higher is better on all
 * three. The wording of LEFS is the published one; PSFS's and GROC's anchors are the published anchors.
 */

export const LEFS: Instrument = {
  id: "lefs",
  name: "Lower Extremity Functional Scale",
  short: "LEFS",
  stem: "Today, do you or would you have any difficulty at all with:",
  brief: "The LEFS: 20 everyday activities, about three minutes.",
  items: [
    "Any of your usual work, housework or school activities",
    "Your usual hobbies, recreational or sporting activities",
    "Getting into or out of the bath",
    "Walking between rooms",
    "Putting on your shoes or socks",
    "Squatting",
    "Lifting an object, like a bag of groceries, from the floor",
    "Performing light activities around your home",
    "Performing heavy activities around your home",
    "Getting into or out of a car",
    "Walking 2 blocks",
    "Walking a mile",
    "Going up or down 10 stairs (about 1 flight of stairs)",
    "Standing for 1 hour",
    "Sitting for 1 hour",
    "Running on even ground",
    "Running on uneven ground",
    "Making sharp turns while running fast",
    "Hopping",
    "Rolling over in bed",
  ],
  scale: {
    min: 0,
    max: 4,
    choices: [
      { value: 0, label: "Extreme difficulty or unable to perform activity" },
      { value: 1, label: "Quite a bit of difficulty" },
      { value: 2, label: "Moderate difficulty" },
      { value: 3, label: "A little bit of difficulty" },
      { value: 4, label: "No difficulty" },
    ],
  },
  scoring: "sum",
  decimals: 0,
  measures: "status",
  realChange: { points: 9, kind: "MDC", source: "Binkley et al. 1999: minimal detectable change of 9 points at 90% confidence" },
  source: "Binkley JM, Stratford PW, Lott SA, Riddle DL. Phys Ther 1999;79(4):371-383. Free to use.",
};

export const PSFS: Instrument = {
  id: "psfs",
  name: "Patient-Specific Functional Scale",
  short: "PSFS",
  stem: "How able are you today to do each activity you named?",
  brief: "The activities you find hard because of your problem, each rated 0 to 10: about a minute.",
  items: [],
  ownItems: { min: 1, max: 3, prompt: "Name up to 3 activities you are unable to do or have difficulty with because of your problem (running 10 km, sitting through a drive)." },
  scale: {
    min: 0,
    max: 10,
    choices: [
      { value: 0, label: "Unable to perform the activity" },
      { value: 10, label: "Able to perform the activity at the same level as before the injury or problem" },
    ],
  },
  scoring: "mean",
  decimals: 1,
  measures: "status",
  realChange: { points: 2, kind: "MCID", source: "Stratford et al. 1995; about 2 points for the mean score is the usually quoted minimal clinically important difference" },
  source: "Stratford P, Gill C, Westaway M, Binkley J. Physiother Can 1995;47:258-263. Free to use.",
};

export const GROC: Instrument = {
  id: "groc",
  name: "Global Rating of Change",
  short: "GROC",
  stem: "Since you began treatment, how would you describe your problem now?",
  brief: "One question: how your problem is now, compared with when treatment began.",
  items: ["Your problem overall, compared with when treatment began"],
  scale: {
    min: -7,
    max: 7,
    choices: [
      { value: -7, label: "A very great deal worse" },
      { value: -6, label: "A great deal worse" },
      { value: -5, label: "Quite a bit worse" },
      { value: -4, label: "Moderately worse" },
      { value: -3, label: "Somewhat worse" },
      { value: -2, label: "A little bit worse" },
      { value: -1, label: "A tiny bit worse (almost the same)" },
      { value: 0, label: "About the same" },
      { value: 1, label: "A tiny bit better (almost the same)" },
      { value: 2, label: "A little bit better" },
      { value: 3, label: "Somewhat better" },
      { value: 4, label: "Moderately better" },
      { value: 5, label: "Quite a bit better" },
      { value: 6, label: "A great deal better" },
      { value: 7, label: "A very great deal better" },
    ],
  },
  scoring: "single",
  decimals: 0,
  measures: "change",
  realChange: { points: 3, kind: "MCID", source: "Jaeschke et al. 1989; Kamper et al. 2009: ratings of 3 (\"somewhat\") or beyond are commonly taken as an important change" },
  source: "Jaeschke R, Singer J, Guyatt GH. Control Clin Trials 1989;10(4):407-415; Kamper SJ et al. J Man Manip Ther 2009;17(3):163-170. Free to use.",
};

export const INSTRUMENTS: Record<InstrumentId, Instrument> = { lefs: LEFS, psfs: PSFS, groc: GROC };
export const INSTRUMENT_IDS = Object.keys(INSTRUMENTS) as InstrumentId[];

/** Where a runner fills a measure: the LEFS keeps its own page of 20 questions. */
export const fillPath = (id: InstrumentId) => (id === "lefs" ? "/lefs" : `/measures/${id}`);
