package bilingual

// OSCat is the catalogue of the operating system's errors, for the tests.
var OSCat = osCat
