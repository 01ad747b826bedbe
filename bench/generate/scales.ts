/** How big a generated province is. `full` is the scale the goals are stated for. */
export interface Scale {
  name: 'small' | 'full';
  districts: number;
  schoolsPerDistrict: number;
  classesPerGrade: number;
  studentsPerClass: number;
  teachersPerSchool: number;
  questions: number;
  materials: number;
}

export const SCALES: Record<Scale['name'], Scale> = {
  // Enough rows for every query shape; seconds to build. CI runs each scenario once at this scale.
  small: {
    name: 'small',
    districts: 2,
    schoolsPerDistrict: 5,
    classesPerGrade: 1,
    studentsPerClass: 30,
    teachersPerSchool: 6,
    questions: 20_000,
    materials: 2_000,
  },
  // 10 districts x 80 schools; about 300,000 students (4.7 grades a school on average x 2 classes x 40).
  full: {
    name: 'full',
    districts: 10,
    schoolsPerDistrict: 80,
    classesPerGrade: 2,
    studentsPerClass: 40,
    teachersPerSchool: 20,
    questions: 1_000_000,
    materials: 100_000,
  },
};

export function scaleOf(name: string): Scale {
  if (name !== 'small' && name !== 'full') throw new Error(`Unknown scale "${name}" (small or full)`);
  return SCALES[name];
}
